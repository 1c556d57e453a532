// The processes register, or the resources register (every non-process kind in one grid with a
// Kind column and what each supports).
import { plural } from '../../../../shared/format/plural';
import { useMemo, useState } from 'react';
import type { EdgeView, NodeView } from '../../../../shared/contract';
import type { NodeKind, Tier } from '../../../../shared/domain/model';
import { api, ApiClientError } from '../../api/client';
import { useApi } from '../../api/use-api';
import { EditableGrid } from './EditableGrid';
import { processColumns, resourceColumns } from './node-columns';
import { KIND_LABEL, RESOURCE_KINDS, toNodeInput } from './node-fields';
import { planNodePaste } from './node-paste';
import { SupportsPanel } from './SupportsPanel';

const EDITABLE = new Set([
  'kind',
  'name',
  'owner',
  'department',
  'description',
  'tierId',
  'rtoMinutes',
  'rpoMinutes',
  'restoreMinutes',
]);

export function NodeRegister(props: { scope: 'process' | 'resource'; tiers: readonly Tier[] }) {
  const { scope, tiers } = props;
  const nodes = useApi(() => api['nodes.list']({ kind: scope }), [scope]);
  const processes = useApi(
    () => (scope === 'resource' ? api['nodes.list']({ kind: 'process' }) : Promise.resolve([])),
    [scope],
  );
  const edges = useApi(
    () => (scope === 'resource' ? api['edges.list']({}) : Promise.resolve([] as EdgeView[])),
    [scope],
  );
  const [newKind, setNewKind] = useState<NodeKind>(scope === 'process' ? 'process' : 'application');

  const processNames = useMemo(
    () => new Map((processes.data ?? []).map((p) => [p.id, p.name])),
    [processes.data],
  );
  const columns = useMemo(() => {
    if (scope === 'process') return processColumns(tiers);
    const byProvider = new Map<string, string[]>();
    for (const e of edges.data ?? []) {
      const name = processNames.get(e.consumerId);
      if (name) byProvider.set(e.providerId, [...(byProvider.get(e.providerId) ?? []), name]);
    }
    return resourceColumns(tiers, (id) => byProvider.get(id) ?? []);
  }, [scope, tiers, edges.data, processNames]);

  const noun = scope === 'process' ? 'processes' : 'resources';
  const kind: NodeKind = scope === 'process' ? 'process' : newKind;

  async function add(): Promise<string> {
    const taken = new Set((nodes.data ?? []).map((n) => n.name.toLowerCase()));
    const base = `New ${KIND_LABEL[kind].toLowerCase()}`;
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} ${i}`;
    return (await api['nodes.save']({ kind, name })).id;
  }

  return (
    <EditableGrid<NodeView>
      noun={noun}
      rows={nodes.data}
      columns={columns}
      save={async (row) => {
        const saved = await api['nodes.save'](toNodeInput(row));
        // The grid keeps this row object: the next edit of it is based on the version just saved.
        row.updatedAt = saved.updatedAt;
      }}
      reload={nodes.reload}
      retire={(row) => api['nodes.retire']({ id: row.id })}
      describe={(row) => row.name}
      add={add}
      addLabel={scope === 'process' ? 'Add process' : 'Add resource'}
      addControls={
        scope === 'resource' && (
          <label className="inline">
            Kind
            <select value={newKind} onChange={(e) => setNewKind(e.target.value as NodeKind)}>
              {RESOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABEL[k]}
                </option>
              ))}
            </select>
          </label>
        )
      }
      firstField="name"
      paste={async (target) => {
        const plan = planNodePaste(target, {
          newKind: kind,
          tiers,
          resourcesOnly: scope === 'resource',
          editable: EDITABLE,
        });
        if (plan.problems.length > 0) {
          throw new Error(
            `Nothing was pasted. ${plan.problems.slice(0, 5).join('; ')}${plan.problems.length > 5 ? ` (and ${plan.problems.length - 5} more)` : ''}`,
          );
        }
        try {
          await api['nodes.saveMany']({ rows: plan.rows });
        } catch (err) {
          const problems = err instanceof ApiClientError ? problemsOf(err.details) : [];
          if (problems.length > 5)
            throw new Error(
              `${err instanceof Error ? err.message : String(err)} (${plural(problems.length, 'problem')} in all)`,
              { cause: err },
            );
          throw err;
        }
        const updated = plan.rows.length - plan.created;
        return `Pasted ${plural(plan.rows.length, 'row')}: ${plan.created} new, ${updated} updated.`;
      }}
      aside={
        scope === 'resource'
          ? (focused) =>
              focused && (
                <SupportsPanel resource={focused} processes={processes.data ?? []} edges={edges.data ?? []} />
              )
          : undefined
      }
    />
  );
}

function problemsOf(details: unknown): string[] {
  if (typeof details !== 'object' || details === null || !('problems' in details)) return [];
  const p = (details as { problems: unknown }).problems;
  return Array.isArray(p) ? p.map(String) : [];
}
