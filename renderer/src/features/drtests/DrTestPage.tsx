// One DR test: the plan, the exercise run mode, the measured results and the findings. Everything is
// derived from what the backend stored, so reopening a test mid-exercise resumes it.
import { useState } from 'react';
import type { NodeView, RunbookListRow } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { CompleteForm } from './CompleteForm';
import { ExerciseRun } from './ExerciseRun';
import { FindingsPanel } from './FindingsPanel';
import { PlanForm } from './PlanForm';
import { PlanSummary } from './PlanSummary';
import { RescoreBar } from './RescoreBar';
import { ResultsPanel } from './ResultsPanel';

export function DrTestPage(props: {
  testId: string;
  nodes: NodeView[];
  runbooks: RunbookListRow[];
  onBack: () => void;
}) {
  const detail = useApi(() => api['drtests.get']({ testId: props.testId }), [props.testId]);
  const [editing, setEditing] = useState(false);
  const d = detail.data;
  if (!d)
    return (
      <section>
        <ErrorNotice message={detail.error} />
        <p className="muted">Loading…</p>
      </section>
    );
  const { plan, state } = d;
  const closed = plan.status === 'completed' || plan.status === 'cancelled';
  return (
    <section className="dr-page" aria-labelledby="dr-name">
      <button type="button" className="link" onClick={props.onBack}>
        ← All DR tests
      </button>
      <div className="row">
        <h1 id="dr-name">{plan.name}</h1>
        <span className={`badge verdict-${plan.verdict ?? plan.status}`} data-testid="dr-status">
          {plan.verdict ?? plan.status}
        </span>
      </div>
      <ErrorNotice message={detail.error} />
      {editing ? (
        <PlanForm
          plan={plan}
          nodes={props.nodes}
          runbooks={props.runbooks}
          onSaved={() => setEditing(false)}
        />
      ) : (
        <PlanSummary
          detail={d}
          runbookNames={new Map(props.runbooks.map((r) => [r.id, r.name]))}
          onEdit={plan.status === 'planned' ? () => setEditing(true) : undefined}
        />
      )}
      {!closed && state.status !== 'ended' && (
        <ExerciseRun detail={d} record={(event) => api['drtests.record']({ testId: plan.id, event })} />
      )}
      {state.status === 'ended' && !closed && <CompleteForm detail={d} />}
      <RescoreBar detail={d} />
      {d.result && state.status !== 'not-started' && <ResultsPanel detail={d} />}
      <FindingsPanel detail={d} />
    </section>
  );
}
