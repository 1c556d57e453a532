// The runbook's own fields: name, kind, strategy, the nodes it restores and a Markdown description.
import { useState, type FormEvent } from 'react';
import type { NodeView, RunbookDetail } from '../../../../shared/contract';
import type { RunbookKind } from '../../../../shared/domain/runbook/types';
import { api } from '../../api/client';
import { Markdown } from '../../components/Markdown';
import { NodePicker } from './NodePicker';

const KINDS: RunbookKind[] = ['deployment', 'rollback', 'recovery', 'failover'];
const STRATEGIES = [
  'blue-green',
  'canary',
  'rolling',
  'expand-contract',
  'failover',
  'restore',
  'other',
] as const;
type Strategy = (typeof STRATEGIES)[number];

export function RunbookDetails(props: {
  detail: RunbookDetail;
  nodes: NodeView[];
  readOnly: boolean;
  run: (fn: () => Promise<unknown>, done?: string) => Promise<void>;
}) {
  const { summary, version } = props.detail;
  const [form, setForm] = useState({
    name: summary.name,
    kind: summary.kind,
    strategy: (STRATEGIES as readonly string[]).includes(summary.strategy)
      ? (summary.strategy as Strategy)
      : 'other',
    description: version.description,
    targetNodeIds: version.targetNodeIds,
  });
  const save = (e: FormEvent) => {
    e.preventDefault();
    void props.run(() => api['runbooks.update']({ runbookId: summary.id, ...form }), 'Details saved.');
  };
  return (
    <form className="card rb-details" onSubmit={save} aria-label="Runbook details">
      <fieldset disabled={props.readOnly} className="plain">
        <div className="rb-fields">
          <label>
            Name
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
          </label>
          <label>
            Kind
            <select
              value={form.kind}
              onChange={(e) => setForm({ ...form, kind: e.target.value as RunbookKind })}
            >
              {KINDS.map((k) => (
                <option key={k}>{k}</option>
              ))}
            </select>
          </label>
          <label>
            Strategy
            <select
              value={form.strategy}
              onChange={(e) => setForm({ ...form, strategy: e.target.value as Strategy })}
            >
              {STRATEGIES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
        </div>
        <NodePicker
          label="Target nodes"
          nodes={props.nodes}
          value={form.targetNodeIds}
          onChange={(ids) => setForm({ ...form, targetNodeIds: ids })}
        />
        <label>
          Description (Markdown)
          <textarea
            rows={3}
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.target.value })}
          />
        </label>
        <Markdown source={form.description} className="markdown rb-preview" />
        {!props.readOnly && (
          <button type="submit" className="primary">
            Save details
          </button>
        )}
      </fieldset>
    </form>
  );
}
