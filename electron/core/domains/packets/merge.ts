// Bringing a workshop packet back: the packet's chain is verified and must share the master's entry
// at its base; "theirs" is the fold of the packet's row images after its base (or after the head a
// previous merge took), "ours" the master's after the base; mergePlan gives what applies and what
// conflicts. Nothing is written until the review is accepted, then in one transaction whose entries
// carry the merged rows, each attributed to the packet entry (and author) it came from, ending in a
// `workspace.merge` entry that commits to the master's and the packet's heads.
import { AppError } from '../../../../shared/contract';
import {
  conflictKey,
  mergePlan,
  resolvePlan,
  rowId,
  sameImage,
  splitRowId,
  type Choice,
  type MergeConflict,
  type MergePlan,
  type RowId,
  type RowImage,
} from '../../../../shared/domain/merge/plan';
import type { Workspace } from '../../app/workspace';
import type { AuditInput, AuditRecord } from '../../store/audit-chain';
import type { PacketRecord } from '../../store/packets';
import type { WriteContext } from '../../store/write';

/** Tables a packet never brings back: its own record, and the roster (members join in the master). */
const NOT_MERGED = new Set(['workspace_packet', 'packet_merge']);
/** Rows per entry, so no entry outgrows a spreadsheet cell of the pack's audit sheet. */
const ROWS_PER_ENTRY = 200;

export interface ConflictView extends MergeConflict {
  /** conflictKey(): what a choice is keyed by. */
  id: string;
  table: string;
  key: string;
  /** What a person calls the row (the node's or process's name, with the column). */
  label: string;
}

export interface MergeReview {
  packet: PacketRecord;
  /** The packet's head now, and the entry the merge takes theirs after (its base, or the last merged head). */
  head: { seq: number; hash: string };
  from: { seq: number; hash: string };
  /** The master's head the review was made against: accepting refuses a master that moved since. */
  masterHead: { seq: number; hash: string };
  alreadyMerged: boolean;
  plan: MergePlan;
  conflicts: ConflictView[];
  /** Row → the packet entry that last set it. */
  authors: Map<RowId, number>;
  entries: AuditRecord[];
}

export interface MergeOutcome {
  applied: number;
  resolved: number;
  reopened: string[];
  head: { seq: number; hash: string };
}

function refuse(message: string): never {
  throw new AppError('CONFLICT', message);
}

export function prepareMerge(master: Workspace, packet: Workspace): MergeReview {
  const p = packet.store.packets.current();
  if (!p)
    throw new AppError('INVALID_INPUT', `${packet.path} is not a workshop packet (it records no master).`);
  if (p.masterId !== master.id)
    refuse(`This packet was cut from "${p.masterName}" (${p.masterId}), not from this workspace.`);
  const walk = packet.store.audit.walk();
  if (!walk.ok)
    refuse(
      `The packet's audit trail does not hold at entry ${walk.firstBroken?.seq}: ${walk.firstBroken?.reason}. Nothing was merged.`,
    );
  const baseHere = master.store.packets.entryAt(p.baseSeq);
  if (!baseHere || baseHere.hash !== p.baseHash)
    refuse(
      `The packet's base (entry ${p.baseSeq}) is not this workspace's entry ${p.baseSeq}: it was cut from another copy, or this workspace's history was rewritten. Nothing was merged.`,
    );
  const head = walk.head;
  const masterHead = master.chainHead();
  const prev = master.store.packets.lastMerge(p.id);
  let from = { seq: p.baseSeq, hash: p.baseHash };
  if (prev) {
    const prevHere = packet.store.packets.entryAt(prev.packetHeadSeq);
    if (!prevHere || prevHere.hash !== prev.packetHeadHash)
      refuse(
        `This packet was merged before up to its entry ${prev.packetHeadSeq}, which it no longer holds as merged: its history was rewritten since. Nothing was merged.`,
      );
    from = { seq: prev.packetHeadSeq, hash: prev.packetHeadHash };
  }
  const entries = packet.store.packets.entriesAfter(from.seq);
  const empty: MergeReview = {
    packet: p,
    head,
    from,
    masterHead,
    alreadyMerged: true,
    plan: { applies: new Map(), conflicts: [] },
    conflicts: [],
    authors: new Map(),
    entries: [],
  };
  if (entries.length === 0) return empty;

  for (const e of entries) {
    if (e.entity === 'member')
      refuse(
        `The packet changes the roster at its entry ${e.seq} (${e.action} ${e.entityId}): members are added in the master, then a new packet is cut. Nothing was merged.`,
      );
    if (e.signer !== null) {
      const m = master.store.members.get(e.signer);
      if (!m)
        refuse(
          `The packet's entry ${e.seq} is signed by ${e.signer}, who is not a member of this workspace.`,
        );
      if (m.retiredAt !== null)
        refuse(
          `The packet's entry ${e.seq} is signed by ${m.name}, whose key this workspace retired on ${m.retiredAt}.`,
        );
    }
  }

  const theirsFold = packet.store.packets.fold(from.seq);
  const theirs = new Map<RowId, RowImage>();
  const authors = new Map<RowId, number>();
  for (const [id, row] of theirsFold) {
    if (NOT_MERGED.has(splitRowId(id).table)) continue;
    theirs.set(id, row.image);
    authors.set(id, row.seq);
  }
  const oursFold = master.store.packets.fold(p.baseSeq, Number.MAX_SAFE_INTEGER, new Set(theirs.keys()));
  const base = new Map<RowId, RowImage>();
  const ours = new Map<RowId, RowImage>();
  if (!prev) {
    // Master and packet share every entry up to the base: a row the master has not changed since
    // is at its base value in the master's table now; only rows both changed need the chain's base.
    const both = new Set([...theirs.keys()].filter((id) => oursFold.has(id)));
    const atBase = both.size > 0 ? packet.store.packets.fold(0, p.baseSeq, both) : new Map();
    for (const id of theirs.keys()) {
      if (both.has(id)) {
        base.set(id, atBase.get(id)?.image ?? null);
        ours.set(id, oursFold.get(id)?.image ?? null);
      } else {
        const { table, key } = splitRowId(id);
        base.set(id, master.store.packets.liveRow(table, key));
      }
    }
  } else {
    // Brought back again: the common ancestor is the packet as last merged.
    const ids = new Set(theirs.keys());
    const lca = packet.store.packets.fold(0, from.seq, ids);
    const masterAtBase = master.store.packets.fold(0, p.baseSeq, ids);
    for (const id of ids) {
      const b = lca.get(id)?.image ?? null;
      base.set(id, b);
      const o = oursFold.has(id) ? oursFold.get(id)!.image : (masterAtBase.get(id)?.image ?? null);
      if (!sameImage(o, b)) ours.set(id, o);
    }
  }
  const plan = mergePlan(base, ours, theirs);
  plan.conflicts.push(...missingEnds(master, plan));
  return {
    packet: p,
    head,
    from,
    masterHead,
    alreadyMerged: false,
    plan,
    conflicts: plan.conflicts.map((c) => view(master, c)),
    authors,
    entries,
  };
}

/** Rows the packet brings that refer to a row the merged master will not hold live. */
function missingEnds(master: Workspace, plan: MergePlan): MergeConflict[] {
  const refs = master.store.packets.references();
  const out: MergeConflict[] = [];
  for (const [id, image] of plan.applies) {
    if (image === null || image.retired_at) continue;
    const { table } = splitRowId(id);
    for (const r of refs.filter((x) => x.table === table)) {
      const v = image[r.column];
      if (typeof v !== 'string') continue;
      const parentId = rowId(r.parent, v);
      const parent = plan.applies.has(parentId)
        ? plan.applies.get(parentId)!
        : master.store.packets.liveRow(r.parent, v);
      if (parent !== null && !parent.retired_at) continue;
      out.push({ row: id, field: r.column, kind: 'missing-end', base: null, master: parent, packet: v });
    }
  }
  return out;
}

function view(master: Workspace, c: MergeConflict): ConflictView {
  const { table, key } = splitRowId(c.row);
  const image = (c.packet && typeof c.packet === 'object' ? c.packet : null) as RowImage;
  const nodeId =
    table === 'node' ? key : (master.store.packets.liveRow(table, key) ?? image ?? {})['process_id'];
  const node = typeof nodeId === 'string' ? master.store.packets.liveRow('node', nodeId) : null;
  const name = typeof node?.name === 'string' ? node.name : key;
  return { ...c, id: conflictKey(c), table, key, label: `${table} ${name}${c.field ? ` · ${c.field}` : ''}` };
}

/** Reads a choices object ({conflict id: 'master' | 'packet'}) against the review's conflicts. */
export function choicesFor(
  review: MergeReview,
  given: Record<string, Choice>,
  all?: Choice,
): Map<string, Choice> {
  const out = new Map<string, Choice>();
  const known = new Set(review.conflicts.map((c) => c.id));
  for (const k of Object.keys(given))
    if (!known.has(k))
      throw new AppError('INVALID_INPUT', `No conflict ${JSON.stringify(k)} in this review.`);
  for (const c of review.conflicts) {
    const choice = given[c.id] ?? all;
    if (choice) out.set(c.id, choice);
  }
  return out;
}

/** Writes the merge in one transaction. Every conflict must have a choice. */
export function acceptMerge(
  master: Workspace,
  review: MergeReview,
  choices: ReadonlyMap<string, Choice>,
  w: WriteContext,
): MergeOutcome {
  if (review.alreadyMerged) return { applied: 0, resolved: 0, reopened: [], head: master.chainHead() };
  const open = review.conflicts.filter((c) => !choices.has(c.id));
  if (open.length > 0)
    throw new AppError(
      'CONFLICT',
      `${open.length} conflict${open.length === 1 ? '' : 's'} still need a choice: ${open[0]!.label}.`,
    );
  const now = master.chainHead();
  if (now.hash !== review.masterHead.hash)
    throw new AppError(
      'CONFLICT',
      'The workspace changed since this review was made; review the merge again.',
    );
  const live = (id: RowId) => {
    const { table, key } = splitRowId(id);
    return master.store.packets.liveRow(table, key);
  };
  const rows = resolvePlan(review.plan, choices, live);
  for (const [id, image] of rows) if (sameImage(image, live(id))) rows.delete(id);
  const { packet: p } = review;
  const reopen = reopenApproved(master, rows, live, p);
  const bySeq = new Map(review.entries.map((e) => [e.seq, e]));
  const groups = new Map<number, [string, string, Record<string, unknown> | null][]>();
  for (const [id, image] of rows) {
    const seq = review.authors.get(id) ?? review.head.seq;
    const { table, key } = splitRowId(id);
    const list = groups.get(seq) ?? [];
    list.push([table, key, image === null ? null : { ...image }]);
    groups.set(seq, list);
  }
  const resolved = review.conflicts.map((c) => ({
    conflict: c.id,
    label: c.label,
    choice: choices.get(c.id),
  }));
  master.write(w, (s) => {
    const audit: AuditInput[] = [];
    for (const [seq, list] of [...groups].sort((a, b) => a[0] - b[0])) {
      const e = bySeq.get(seq);
      const parts = Math.ceil(list.length / ROWS_PER_ENTRY);
      for (let part = 1; part <= parts; part++) {
        const entry: AuditInput = {
          action: 'packet.change',
          entity: e?.entity ?? 'workspace',
          entityId: e?.entityId ?? master.id,
          after: {
            packet: p.id,
            from: e
              ? {
                  seq: e.seq,
                  hash: e.hash,
                  action: e.action,
                  actor: e.actorName,
                  role: e.actorRole,
                  signer: e.signer,
                }
              : null,
            ...(parts > 1 ? { part, parts } : {}),
          },
        };
        audit.push(
          ...s.packets.applyRows(w, list.slice((part - 1) * ROWS_PER_ENTRY, part * ROWS_PER_ENTRY), entry)
            .audit,
        );
      }
    }
    audit.push(...reopen.entries);
    const at = w.now.toISOString();
    const prior = s.packets.lastMerge(p.id);
    const merged = s.packets.recordMerge(
      w,
      {
        packetId: p.id,
        baseSeq: p.baseSeq,
        baseHash: p.baseHash,
        packetHeadSeq: review.head.seq,
        packetHeadHash: review.head.hash,
        mergedBy: w.actor.name,
        mergedAt: at,
        applied: rows.size,
        resolved: resolved.length,
        createdAt: prior?.createdAt ?? at,
        updatedAt: at,
      },
      review.entries,
      {
        action: 'workspace.merge',
        entity: 'workspace',
        entityId: master.id,
        before: { head: review.masterHead },
        after: {
          packet: {
            packet: p.id,
            base: { seq: p.baseSeq, hash: p.baseHash },
            from: review.from,
            head: review.head,
          },
          cutBy: p.cutByName,
          applied: rows.size,
          choices: resolved,
          reopened: reopen.labels,
        },
      },
    );
    audit.push(...merged.audit);
    return { value: null, audit };
  });
  return { applied: rows.size, resolved: resolved.length, reopened: reopen.labels, head: master.chainHead() };
}

/**
 * An approved (or submitted) BIA or runbook version that the packet changes goes back to draft, with
 * the reason on its own entry; its rows are added to `rows`. A packet that approved it itself keeps it.
 */
function reopenApproved(
  master: Workspace,
  rows: Map<RowId, RowImage>,
  live: (id: RowId) => RowImage,
  p: PacketRecord,
): { entries: AuditInput[]; labels: string[] } {
  const entries: AuditInput[] = [];
  const labels: string[] = [];
  const bias = new Set<string>();
  const versions = new Set<string>();
  for (const [id, image] of rows) {
    const { table, key } = splitRowId(id);
    const row = image ?? live(id);
    if (table === 'bia_rating' || table === 'bia_loss' || table === 'bia') {
      if (typeof row?.process_id === 'string') bias.add(row.process_id);
    } else if (table === 'runbook_step' && typeof row?.version_id === 'string') versions.add(row.version_id);
    else if (table === 'runbook_version') versions.add(key);
  }
  const reason = `changed by the workshop packet cut by ${p.cutByName} on ${p.cutAt.slice(0, 10)}`;
  const reopen = (table: string, key: string, entity: string, entityId: string, name: string) => {
    const id = rowId(table, key);
    const now = live(id);
    const final = rows.has(id) ? rows.get(id)! : now;
    if (!now || !final || (now.status !== 'approved' && now.status !== 'in_review')) return;
    if (final.status !== now.status) return; // the packet moved it itself (its own approval, say)
    rows.set(id, { ...final, status: 'draft' });
    labels.push(name);
    entries.push({
      action: `${entity}.reopen`,
      entity,
      entityId,
      before: { status: now.status },
      after: { status: 'draft', reason },
    });
  };
  for (const pid of bias) {
    const n = live(rowId('node', pid));
    reopen('bia', pid, 'bia', pid, `BIA of ${typeof n?.name === 'string' ? n.name : pid}`);
  }
  for (const vid of versions) {
    const v = live(rowId('runbook_version', vid));
    const rb = typeof v?.runbook_id === 'string' ? v.runbook_id : vid;
    reopen('runbook_version', vid, 'runbook', rb, `runbook ${rb} version ${String(v?.version ?? '')}`);
  }
  return { entries, labels };
}
