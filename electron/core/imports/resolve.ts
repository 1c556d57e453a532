// Checks records against each other and the workspace, and works out what would change: duplicate
// names, references to tiers, processes, resources, categories and buckets that exist nowhere, and
// per row whether it creates, updates or leaves something unchanged.
import type { ImportProblem, ImportSheetSummary } from '../../../shared/contract';
import { NodeDirectory } from './node-directory';
import {
  pairKey,
  resourceKey,
  type BiaChange,
  type BiaField,
  type ImportPlan,
  type NodeChange,
  type TierRef,
} from './plan';
import { nameKey, type ParsedFile, type SheetRef } from './records';
import { resolveDependencies } from './resolve-dependencies';
import { resolveRatings } from './resolve-ratings';
import { resolveThirdParties } from './resolve-thirdparties';
import type { WorkspaceState } from './workspace-state';

export type PlanBody = Omit<ImportPlan, 'workspaceId' | 'headSeq' | 'fileName' | 'sha256' | 'createdAt'>;

export class Resolver {
  readonly problems: ImportProblem[] = [];
  /** Worth knowing, but no reason to refuse the file. */
  readonly notes: string[] = [];
  private readonly counts = new Map<string, ImportSheetSummary>();

  constructor(
    readonly file: ParsedFile,
    readonly ws: WorkspaceState,
  ) {
    for (const s of file.sheets) this.counts.set(s.sheet, { ...s, creates: 0, updates: 0, unchanged: 0 });
  }

  problem(src: SheetRef, row: number, key: string, message: string): void {
    this.problems.push({ sheet: src.sheet, row, column: src.labels[key] ?? key, message });
  }

  count(sheet: string, what: 'creates' | 'updates' | 'unchanged'): void {
    const c = this.counts.get(sheet);
    if (c) c[what] += 1;
  }

  get summaries(): ImportSheetSummary[] {
    return [...this.counts.values()];
  }

  /** Where an earlier row is, as seen from a later one: "row 4", or "row 4 of sheet Nodes". */
  where(first: { src: SheetRef; row: number }, later: { src: SheetRef }): string {
    return first.src.sheet === later.src.sheet
      ? `row ${first.row}`
      : `row ${first.row} of sheet ${first.src.sheet}`;
  }

  /** First occurrence wins; later ones are problems naming where the first is. */
  firstOf<T extends { src: SheetRef; row: number }>(
    recs: T[],
    key: (r: T) => string,
    what: (r: T) => string,
  ): Map<string, T> {
    const seen = new Map<string, T>();
    for (const r of recs) {
      const k = key(r);
      const first = seen.get(k);
      if (first)
        this.problem(r.src, r.row, 'name', `Duplicate ${what(r)}: it is already on ${this.where(first, r)}.`);
      else seen.set(k, r);
    }
    return seen;
  }

  /** A tier name → a reference, or a problem when no tier has that name. */
  tierRef(src: SheetRef, row: number, name: string, fileTiers: Set<string>): TierRef | undefined {
    if (name === '') return { id: null };
    const key = nameKey(name);
    if (fileTiers.has(key)) return { key };
    const existing = this.ws.tiers.get(key);
    if (existing) return { id: existing.id };
    const known = [...new Set([...this.ws.tiers.values()].map((t) => t.name))].join(', ');
    this.problem(
      src,
      row,
      'tier',
      `Tier "${name}" is neither on a Tiers sheet nor in the workspace (${known || 'no tiers yet'}).`,
    );
    return undefined;
  }
}

const sameTier = (a: TierRef, currentId: string | null, tierKeys: Map<string, string>): boolean =>
  'id' in a ? a.id === currentId : tierKeys.get(a.key) === currentId;

export function resolve(
  file: ParsedFile,
  ws: WorkspaceState,
): { body: PlanBody; problems: ImportProblem[]; notes: string[] } {
  const r = new Resolver(file, ws);
  const body: PlanBody = {
    sheets: [],
    tiers: [],
    processes: [],
    bia: [],
    resources: [],
    edges: [],
    ratings: [],
    providers: [],
    contracts: [],
  };

  // Tiers: existing live tiers by name.
  const tiers = r.firstOf(
    file.tiers,
    (t) => nameKey(t.name),
    (t) => `tier "${t.name}"`,
  );
  const tierIdByKey = new Map([...ws.tiers].map(([k, t]) => [k, t.id]));
  for (const [key, t] of tiers) {
    const existing = ws.tiers.get(key);
    const values = {
      name: t.name,
      rank: t.rank,
      rtoMinutes: t.rtoMinutes,
      rpoMinutes: t.rpoMinutes,
      testFrequencyDays: t.testFrequencyDays,
      description: t.description ?? existing?.description ?? '',
    };
    if (!existing) {
      r.count(t.src.sheet, 'creates');
      body.tiers.push({ key, values });
      tierIdByKey.delete(key);
    } else if (
      (Object.keys(values) as (keyof typeof values)[]).some((f) => (existing[f] ?? '') !== values[f])
    ) {
      r.count(t.src.sheet, 'updates');
      body.tiers.push({ id: existing.id, key, values });
    } else r.count(t.src.sheet, 'unchanged');
  }
  // Tiers this import creates are referred to by key; the rest by id.
  const newTierKeys = new Set(body.tiers.filter((t) => !t.id).map((t) => t.key));

  // Processes.
  const processes = r.firstOf(
    file.processes,
    (p) => nameKey(p.name),
    (p) => `process "${p.name}"`,
  );
  for (const [key, p] of processes) {
    const existing = ws.processes.get(key);
    if (existing?.retired) {
      r.problem(
        p.src,
        p.row,
        'name',
        `Process "${p.name}" was retired; a retired process cannot be edited. Give the row another name to create a new one.`,
      );
      continue;
    }
    const pin = p.tier === undefined ? undefined : r.tierRef(p.src, p.row, p.tier, newTierKeys);
    if (p.tier !== undefined && pin === undefined) continue;
    const node: NodeChange = {
      id: existing?.id,
      key,
      kind: 'process',
      name: p.name,
      owner: p.node.owner ?? existing?.owner ?? '',
      department: p.node.department ?? existing?.department ?? '',
      description: p.node.description ?? existing?.description ?? '',
      tier: { id: existing?.tierId ?? null },
      rtoMinutes: existing?.rtoMinutes ?? null,
      rpoMinutes: existing?.rpoMinutes ?? null,
      restoreMinutes: existing?.restoreMinutes ?? null,
    };
    const nodeChanged =
      !existing ||
      (['name', 'owner', 'department', 'description'] as const).some((f) => existing[f] !== node[f]);
    const rec = existing ? ws.bia(existing.id) : undefined;
    const bia: BiaChange = { processKey: key, before: {}, after: {} };
    for (const [f, v] of Object.entries(p.bia) as [BiaField, string | number | null][]) {
      const current = rec ? rec[f] : f === 'mbco' || f === 'notes' ? '' : null;
      if (current !== v) {
        bia.before[f] = current;
        bia.after[f] = v;
      }
    }
    const currentPin = rec?.pinnedTierId ?? null;
    if (pin && !sameTier(pin, currentPin, tierIdByKey)) {
      bia.pin = pin;
      bia.before.pinnedTierId = currentPin;
    }
    const biaChanged = Object.keys(bia.after).length > 0 || bia.pin !== undefined;
    if (nodeChanged) body.processes.push(node);
    if (biaChanged) body.bia.push(bia);
    r.count(p.src.sheet, !existing ? 'creates' : nodeChanged || biaChanged ? 'updates' : 'unchanged');
  }
  const fileProcessKeys = new Set(processes.keys());

  // Resources, and the processes they support. A pair on the Dependencies sheet is decided there.
  const resources = r.firstOf(
    file.resources,
    (x) => resourceKey(x.kind, nameKey(x.name)),
    (x) => `${x.kind} "${x.name}"`,
  );
  const dependencyPairs = resolveDependencies(
    r,
    new NodeDirectory(ws, processes.values(), resources.values()),
    body,
  );
  for (const [key, x] of resources) {
    const existing = ws.resources.get(key);
    if (existing?.retired) {
      r.problem(
        x.src,
        x.row,
        'name',
        `The ${x.kind} "${x.name}" was retired; a retired resource cannot be edited. Give the row another name to create a new one.`,
      );
      continue;
    }
    const tier =
      x.tier === undefined ? { id: existing?.tierId ?? null } : r.tierRef(x.src, x.row, x.tier, newTierKeys);
    if (!tier) continue;
    const node: NodeChange = {
      id: existing?.id,
      key,
      kind: x.kind,
      name: x.name,
      owner: x.owner ?? existing?.owner ?? '',
      department: x.department ?? existing?.department ?? '',
      description: x.description ?? existing?.description ?? '',
      tier,
      rtoMinutes: x.rtoMinutes !== undefined ? x.rtoMinutes : (existing?.rtoMinutes ?? null),
      rpoMinutes: x.rpoMinutes !== undefined ? x.rpoMinutes : (existing?.rpoMinutes ?? null),
      restoreMinutes: x.restoreMinutes !== undefined ? x.restoreMinutes : (existing?.restoreMinutes ?? null),
    };
    const nodeChanged =
      !existing ||
      (
        ['name', 'owner', 'department', 'description', 'rtoMinutes', 'rpoMinutes', 'restoreMinutes'] as const
      ).some((f) => existing[f] !== node[f]) ||
      !sameTier(tier, existing.tierId, tierIdByKey);
    let newEdges = 0;
    let edgeProblem = false;
    // One edge per process, however the row spells its name.
    for (const name of new Map((x.supports ?? []).map((n) => [nameKey(n), n])).values()) {
      const pKey = nameKey(name);
      const existingProcess = ws.processes.get(pKey);
      if (!fileProcessKeys.has(pKey) && (!existingProcess || existingProcess.retired)) {
        r.problem(
          x.src,
          x.row,
          'supports',
          `Supports names process "${name}", which is neither on a Processes sheet nor in the workspace.`,
        );
        edgeProblem = true;
        continue;
      }
      const pair = { consumer: { kind: 'process', key: pKey }, provider: { kind: x.kind, key } } as const;
      if (dependencyPairs.has(pairKey(pair.consumer, pair.provider))) continue;
      const edge =
        existing && existingProcess ? ws.edges.get(`${existingProcess.id}|${existing.id}`) : undefined;
      if (edge?.retired) {
        r.problem(
          x.src,
          x.row,
          'supports',
          `The dependency of "${name}" on this ${x.kind} was retired; restore it in the dependency map rather than by import.`,
        );
        edgeProblem = true;
      } else if (!edge) {
        body.edges.push({ ...pair, hard: true, groupId: null, notes: '' });
        newEdges += 1;
      }
    }
    if (edgeProblem) continue;
    if (nodeChanged) body.resources.push(node);
    r.count(x.src.sheet, !existing ? 'creates' : nodeChanged || newEdges > 0 ? 'updates' : 'unchanged');
  }

  resolveRatings(r, fileProcessKeys, body);
  resolveThirdParties(r, body);
  body.sheets = r.summaries;
  return { body, problems: r.problems, notes: r.notes };
}
