// A severe-but-plausible scenario: what fails (nodes, all of a provider or site, every node of a
// kind such as people), where the scenario comes from, and the assumptions it rests on.
import { useState, type FormEvent } from 'react';
import type { NodeView, ScenarioSource } from '../../../../shared/contract';
import { NODE_KINDS, type NodeKind } from '../../../../shared/domain/model';
import type { FailureSelector } from '../../../../shared/domain/resilience';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';

const SOURCES: ScenarioSource[] = ['previous-incident', 'sector-event', 'near-miss', 'other'];

export function ScenarioForm(props: { nodes: NodeView[]; onSaved: (id: string) => void }) {
  const [f, setF] = useState({
    name: '',
    source: 'sector-event' as ScenarioSource,
    description: '',
    assumptions: '',
  });
  const [failures, setFailures] = useState<FailureSelector[]>([]);
  const [pick, setPick] = useState<{ type: FailureSelector['type']; value: string }>({
    type: 'node',
    value: '',
  });
  const [error, setError] = useState<string>();
  const name = new Map(props.nodes.map((n) => [n.id, `${n.kind}: ${n.name}`]));
  const add = () => {
    if (!pick.value) return;
    const sel: FailureSelector =
      pick.type === 'kind'
        ? { type: 'kind', kind: pick.value as NodeKind }
        : { type: pick.type, nodeId: pick.value };
    setFailures([...failures, sel]);
    setPick({ ...pick, value: '' });
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const { id } = await api['scenarios.save']({ ...f, failures });
      props.onSaved(id);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <form className="card res-form" onSubmit={save} aria-label="New scenario">
      <div className="rb-fields">
        <label>
          Scenario name
          <input value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} maxLength={200} />
        </label>
        <label>
          Source
          <select value={f.source} onChange={(e) => setF({ ...f, source: e.target.value as ScenarioSource })}>
            {SOURCES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Description
        <textarea
          rows={2}
          value={f.description}
          onChange={(e) => setF({ ...f, description: e.target.value })}
        />
      </label>
      <label>
        Assumptions
        <textarea
          rows={2}
          value={f.assumptions}
          onChange={(e) => setF({ ...f, assumptions: e.target.value })}
        />
      </label>
      <fieldset>
        <legend>What fails</legend>
        <ul aria-label="Failures">
          {failures.map((x, i) => (
            <li key={i}>
              {x.type === 'kind'
                ? `Every ${x.kind} node`
                : `${name.get(x.nodeId) ?? x.nodeId}${x.type === 'all-of' ? ' (all of it)' : ''}`}{' '}
              <button
                type="button"
                className="link small"
                onClick={() => setFailures(failures.filter((_, j) => j !== i))}
              >
                remove
              </button>
            </li>
          ))}
        </ul>
        <div className="row">
          <select
            aria-label="Failure type"
            value={pick.type}
            onChange={(e) => setPick({ type: e.target.value as FailureSelector['type'], value: '' })}
          >
            <option value="node">A node</option>
            <option value="all-of">All of a provider or site</option>
            <option value="kind">Every node of a kind</option>
          </select>
          <select
            aria-label="What"
            value={pick.value}
            onChange={(e) => setPick({ ...pick, value: e.target.value })}
          >
            <option value="">choose…</option>
            {pick.type === 'kind'
              ? NODE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))
              : [...props.nodes]
                  .sort((a, b) => a.name.localeCompare(b.name))
                  .map((n) => (
                    <option key={n.id} value={n.id}>
                      {n.kind}: {n.name}
                    </option>
                  ))}
          </select>
          <button type="button" onClick={add}>
            Add failure
          </button>
        </div>
      </fieldset>
      <ErrorNotice message={error} />
      <button type="submit" className="primary">
        Save the scenario
      </button>
    </form>
  );
}
