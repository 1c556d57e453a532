// One RTO, RPO and tier per process: they live in its BIA (derived, or hand-set there as an
// explicit override), never on the node row. Registers and every other node view read them from
// the BIA, and a process's tier, RTO or RPO typed in Registers is saved as the BIA's override.
import type { NodeView } from '../../../../shared/contract';
import type { Store } from '../../store';
import type { AuditInput } from '../../store/audit-chain';
import type { WriteContext } from '../../store/write';
import { deriveEveryProcess } from '../bia/read-all';

type NodeInput = Parameters<Store['nodes']['save']>[1];

/** Process rows carry their BIA's overrides and effective objectives; resources are unchanged. */
export function withProcessObjectives(store: Store, views: NodeView[]): NodeView[] {
  if (!views.some((v) => v.kind === 'process')) return views;
  const all = deriveEveryProcess(store);
  const at = new Map(all.records.map((r, i) => [r.processId, i]));
  return views.map((v) => {
    const i = v.kind === 'process' ? at.get(v.id) : undefined;
    if (i === undefined) return v;
    const rec = all.records[i]!;
    const o = all.derived[i]!;
    return {
      ...v,
      tierId: rec.pinnedTierId,
      rtoMinutes: rec.manualRtoMinutes,
      rpoMinutes: rec.manualRpoMinutes,
      objectives: {
        rtoMinutes: o.effectiveRto,
        rtoSource: o.rtoSource,
        rpoMinutes: o.effectiveRpo,
        rpoSource: o.rpoSource,
        tierId: o.tier?.id ?? null,
        tierSource: o.tierSource,
      },
    };
  });
}

/** Saves a node; a process's tier, RTO and RPO go to its BIA as overrides, in the same write. */
export function saveNodeWithTargets(
  s: Store,
  w: WriteContext,
  input: NodeInput,
): { id: string; audit: AuditInput[] } {
  if (input.kind !== 'process') {
    const saved = s.nodes.save(w, input);
    return { id: saved.value, audit: saved.audit };
  }
  const saved = s.nodes.save(w, { ...input, tierId: null, rtoMinutes: null, rpoMinutes: null });
  const before = s.bia.record(saved.value);
  const overrides = s.bia.update(w, saved.value, {
    pinnedTierId: input.tierId,
    manualRtoMinutes: input.rtoMinutes,
    manualRpoMinutes: input.rpoMinutes,
  }).audit;
  // As an edit in the BIA screen: the BIA records its last editor (who may then not approve it).
  const edited = overrides.length > 0 ? s.bia.markEdited(w, before).audit : [];
  return { id: saved.value, audit: [...saved.audit, ...overrides, ...edited] };
}
