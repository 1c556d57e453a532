// A DR test plan: type, scenario, scope, the runbook versions it exercises (the approved one where
// there is one), objectives, participants and the date.
import { useState, type FormEvent } from 'react';
import type { DrTestPlan, NodeView, RunbookListRow } from '../../../../shared/contract';
import { DR_TEST_TYPES, type DrTestType } from '../../../../shared/domain/drtest/types';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { NodePicker } from '../runbooks/NodePicker';

export function PlanForm(props: {
  plan?: DrTestPlan;
  nodes: NodeView[];
  runbooks: RunbookListRow[];
  onSaved: (id: string) => void;
}) {
  const p = props.plan;
  const [f, setF] = useState({
    name: p?.name ?? '',
    type: p?.type ?? ('simulation' as DrTestType),
    scenario: p?.scenario ?? '',
    scopeNodeIds: p?.scopeNodeIds ?? [],
    runbookVersionIds: p?.runbookVersionIds ?? [],
    objectives: p?.objectives ?? '',
    participants: p?.participants ?? '',
    scheduledAt: p?.scheduledAt?.slice(0, 10) ?? '',
  });
  const [error, setError] = useState<string>();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const d = await api['drtests.save']({
        ...(p ? { id: p.id } : {}),
        ...f,
        scheduledAt: f.scheduledAt || null,
      });
      props.onSaved(d.plan.id);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const versionOf = (r: RunbookListRow) => r.approved?.id ?? r.latest.id;
  const toggle = (v: string) =>
    setF({
      ...f,
      runbookVersionIds: f.runbookVersionIds.includes(v)
        ? f.runbookVersionIds.filter((x) => x !== v)
        : [...f.runbookVersionIds, v],
    });
  return (
    <form className="card dr-plan" onSubmit={save} aria-label={p ? 'Edit the plan' : 'New DR test plan'}>
      <div className="rb-fields">
        <label>
          Test name
          <input
            value={f.name}
            onChange={(e) => setF({ ...f, name: e.target.value })}
            required
            maxLength={200}
          />
        </label>
        <label>
          Type
          <select value={f.type} onChange={(e) => setF({ ...f, type: e.target.value as DrTestType })}>
            {DR_TEST_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Scheduled
          <input
            type="date"
            value={f.scheduledAt}
            onChange={(e) => setF({ ...f, scheduledAt: e.target.value })}
          />
        </label>
      </div>
      <label>
        Scenario
        <textarea rows={2} value={f.scenario} onChange={(e) => setF({ ...f, scenario: e.target.value })} />
      </label>
      <NodePicker
        label="Scope (nodes recovered)"
        nodes={props.nodes}
        value={f.scopeNodeIds}
        onChange={(ids) => setF({ ...f, scopeNodeIds: ids })}
      />
      <fieldset className="rb-checks">
        <legend>Runbooks used</legend>
        {props.runbooks.length === 0 && <span className="muted small">No runbooks yet.</span>}
        {props.runbooks.map((r) => {
          const v = versionOf(r);
          const checked = f.runbookVersionIds.includes(v) || f.runbookVersionIds.includes(r.latest.id);
          return (
            <label key={r.id} className="check">
              <input
                type="checkbox"
                checked={checked}
                onChange={() => toggle(checked && !f.runbookVersionIds.includes(v) ? r.latest.id : v)}
              />
              {r.name}{' '}
              <span className="muted small">
                v{r.approved?.version ?? r.latest.version}{' '}
                {r.approved ? 'approved' : r.latest.status.replace('_', ' ')}
              </span>
            </label>
          );
        })}
      </fieldset>
      <div className="rb-fields">
        <label>
          Objectives
          <textarea
            rows={2}
            value={f.objectives}
            onChange={(e) => setF({ ...f, objectives: e.target.value })}
          />
        </label>
        <label>
          Participants
          <textarea
            rows={2}
            value={f.participants}
            onChange={(e) => setF({ ...f, participants: e.target.value })}
          />
        </label>
      </div>
      <ErrorNotice message={error} />
      <button type="submit" className="primary">
        {p ? 'Save plan' : 'Create test plan'}
      </button>
    </form>
  );
}
