// The three-way merge of row images: what the master ("ours") and a packet ("theirs") each changed
// since their common base, field by field. Pure, so the property tests can compare it with a
// reference merge; the store reads the images and writes the result.

/** A row as the audit trail images it (column name → stored value), or null for a row that is absent. */
export type RowImage = Readonly<Record<string, unknown>> | null;

/** "table\u0000key": one row of one table. */
export type RowId = string;

export const rowId = (table: string, key: string): RowId => `${table}\u0000${key}`;
export function splitRowId(id: RowId): { table: string; key: string } {
  const i = id.indexOf('\u0000');
  return { table: id.slice(0, i), key: id.slice(i + 1) };
}

export type ConflictKind =
  /** Both sides set the field to different values. */
  | 'both-changed'
  /** One side retired the row, the other edited it. */
  | 'retired-and-edited'
  /** One side deleted the row, the other edited it (field null: the whole row). */
  | 'deleted-and-edited'
  /** A row the packet brings refers to a row that no longer exists, or is retired (field: the reference). */
  | 'missing-end';

export interface MergeConflict {
  row: RowId;
  /** The column in conflict; null when the choice is the whole row (kept or deleted). */
  field: string | null;
  kind: ConflictKind;
  base: unknown;
  master: unknown;
  packet: unknown;
}

export interface MergePlan {
  /** Rows to write into the master: the merged image, or null to delete; conflicts resolved to the master. */
  applies: Map<RowId, RowImage>;
  conflicts: MergeConflict[];
}

/** Stamps take the later of the two values and never conflict; a follower goes with its stamp. */
export const STAMP_FIELDS: readonly string[] = ['updated_at', 'last_edited_at'];
export const STAMP_FOLLOWERS: Readonly<Record<string, string>> = { last_editor_name: 'last_edited_at' };
export const RETIRED_FIELD = 'retired_at';

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return (a ?? null) === (b ?? null);
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

const isStamp = (f: string) => STAMP_FIELDS.includes(f) || f in STAMP_FOLLOWERS;

export function sameImage(a: RowImage | undefined, b: RowImage | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a === null || b === null) return a === b;
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const f of fields) if (!sameValue(a[f], b[f])) return false;
  return true;
}

/** Fields other than stamps that `side` changed from `base`. */
function editedFields(base: RowImage, side: RowImage): string[] {
  if (side === null) return [];
  const fields = new Set([...Object.keys(side), ...Object.keys(base ?? {})]);
  return [...fields].filter((f) => !isStamp(f) && !sameValue(base?.[f], side[f]));
}

const later = (a: unknown, b: unknown): unknown =>
  a === null || a === undefined ? b : b === null || b === undefined ? a : String(a) >= String(b) ? a : b;

/**
 * Merges one row both sides changed; returns the merged image (conflicted fields as the master has
 * them) and the conflicts.
 */
function mergeRow(row: RowId, base: RowImage, ours: RowImage, theirs: RowImage) {
  const conflicts: MergeConflict[] = [];
  if (ours === null || theirs === null) {
    // One side deleted (or never had) the row; the other changed it: only the whole row can be chosen.
    const survivor = ours ?? theirs;
    const survivorEdited = editedFields(base, survivor).length > 0 || base === null;
    if (survivor === null || !survivorEdited) return { merged: null, conflicts };
    conflicts.push({ row, field: null, kind: 'deleted-and-edited', base, master: ours, packet: theirs });
    return { merged: ours, conflicts };
  }
  const merged: Record<string, unknown> = { ...ours };
  const oursEdited = editedFields(base, ours);
  const theirsEdited = editedFields(base, theirs);
  const fields = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
  for (const f of fields) {
    if (isStamp(f)) continue;
    const b = base?.[f];
    const o = ours[f];
    const t = theirs[f];
    if (sameValue(o, t) || sameValue(t, b)) continue;
    // Both retired it: the same intent at different times, kept as the master has it.
    if (f === RETIRED_FIELD && (o ?? null) !== null && (t ?? null) !== null) continue;
    if (sameValue(o, b)) {
      // Only the packet changed it; retiring against the master's edits goes to review.
      const retiring = f === RETIRED_FIELD && (b ?? null) === null && oursEdited.length > 0;
      if (retiring)
        conflicts.push({ row, field: f, kind: 'retired-and-edited', base: b ?? null, master: o, packet: t });
      else merged[f] = t;
      continue;
    }
    conflicts.push({ row, field: f, kind: 'both-changed', base: b ?? null, master: o, packet: t });
  }
  // The master retired the row while the packet edited it.
  if (
    (base?.[RETIRED_FIELD] ?? null) === null &&
    (ours[RETIRED_FIELD] ?? null) !== null &&
    (theirs[RETIRED_FIELD] ?? null) === null &&
    theirsEdited.length > 0
  )
    conflicts.push({
      row,
      field: RETIRED_FIELD,
      kind: 'retired-and-edited',
      base: null,
      master: ours[RETIRED_FIELD],
      packet: null,
    });
  for (const f of STAMP_FIELDS) if (f in merged || f in theirs) merged[f] = later(ours[f], theirs[f]);
  for (const [f, stamp] of Object.entries(STAMP_FOLLOWERS))
    if (f in merged && !sameValue(merged[stamp], ours[stamp])) merged[f] = theirs[f];
  return { merged, conflicts };
}

/**
 * base: every row either side changed, as it was at the common base (null: absent).
 * ours / theirs: each row that side changed since the base, as it is now (null: deleted).
 */
export function mergePlan(
  base: ReadonlyMap<RowId, RowImage>,
  ours: ReadonlyMap<RowId, RowImage>,
  theirs: ReadonlyMap<RowId, RowImage>,
): MergePlan {
  const applies = new Map<RowId, RowImage>();
  const conflicts: MergeConflict[] = [];
  const ids = [...theirs.keys()].sort();
  for (const id of ids) {
    const t = theirs.get(id) ?? null;
    const b = base.get(id) ?? null;
    if (sameImage(t, b)) continue; // the packet changed it and changed it back
    if (!ours.has(id)) {
      applies.set(id, t);
      continue;
    }
    const o = ours.get(id) ?? null;
    if (sameImage(o, t)) continue; // both sides made the same change
    if (sameImage(o, b)) {
      applies.set(id, t); // the master changed it and changed it back
      continue;
    }
    const { merged, conflicts: found } = mergeRow(id, b, o, t);
    conflicts.push(...found);
    if (!sameImage(merged, o)) applies.set(id, merged);
  }
  return { applies, conflicts };
}

/** A reviewer's choice for one conflict: keep the master's value, or take the packet's. */
export type Choice = 'master' | 'packet';

export const conflictKey = (c: Pick<MergeConflict, 'row' | 'field'>): string =>
  `${c.row}\u0000${c.field ?? ''}`;

/**
 * The rows to write once every conflict has a choice: the plan's applies with each conflict taken
 * as chosen. `current` gives the master's row now for rows the plan does not already change.
 */
export function resolvePlan(
  plan: MergePlan,
  choices: ReadonlyMap<string, Choice>,
  current: (row: RowId) => RowImage,
): Map<RowId, RowImage> {
  const out = new Map(plan.applies);
  for (const c of plan.conflicts) {
    const choice = choices.get(conflictKey(c)) ?? 'master';
    if (choice === 'master') {
      if (c.kind === 'missing-end') out.delete(c.row);
      continue;
    }
    if (c.kind === 'missing-end') continue; // keep the packet's row as planned
    if (c.field === null) {
      out.set(c.row, (c.packet as RowImage) ?? null);
      continue;
    }
    const row = out.get(c.row) ?? current(c.row);
    if (row === null) continue;
    out.set(c.row, { ...row, [c.field]: c.packet });
  }
  return out;
}
