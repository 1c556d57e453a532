// A completed test whose runbooks were fixed after the run (a restoring step marked later) can be
// scored again from the recorded times. The stored verdict changes only by this audited action.
import { useState } from 'react';
import type { DrTestDetail } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';

export function RescoreBar({ detail }: { detail: DrTestDetail }) {
  const [error, setError] = useState<string>();
  const { plan, result } = detail;
  if (plan.status !== 'completed' || !result) return null;
  const differs = result.verdict !== plan.verdict;
  const unrestored = result.nodes.some((n) => n.stepIds.length === 0);
  if (!differs && !unrestored) return null;
  const rescore = async () => {
    setError(undefined);
    try {
      await api['drtests.rescore']({ testId: plan.id });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <div className="card dr-rescore" role="region" aria-label="Rescore">
      {differs ? (
        <p>
          This test was scored <strong>{plan.verdict}</strong>. Its runbooks as they stand now give{' '}
          <strong>{result.verdict}</strong> from the same recorded times.
        </p>
      ) : (
        <p>
          No runbook step restores some nodes in scope, so their recovery time cannot be measured. Mark the
          step that brings each back (a step&apos;s &quot;Restores&quot; field, or add the node as a target of
          the runbook), then rescore.
        </p>
      )}
      <ErrorNotice message={error} />
      <button type="button" className={differs ? 'primary' : ''} onClick={() => void rescore()}>
        Rescore
      </button>
    </div>
  );
}
