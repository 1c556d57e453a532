// What the app shows of a workshop packet brought back: the review (conflicts with base, master and
// packet values side by side) and the merge's outcome.
export interface PacketConflictView {
  /** What a choice is keyed by. */
  id: string;
  label: string;
  table: string;
  field: string | null;
  kind: 'both-changed' | 'retired-and-edited' | 'deleted-and-edited' | 'missing-end';
  base: unknown;
  master: unknown;
  packet: unknown;
}

export interface PacketReviewView {
  /** Hands the review to packet.accept; valid while this session keeps it. */
  token: string;
  masterName: string;
  cutBy: string;
  cutAt: string;
  scope: { kind: 'whole' | 'departments' | 'processes'; values: string[] };
  base: { seq: number; hash: string };
  head: { seq: number; hash: string };
  alreadyMerged: boolean;
  /** Rows that change without a question. */
  applies: number;
  conflicts: PacketConflictView[];
}

export interface PacketMergeView {
  applied: number;
  resolved: number;
  reopened: string[];
  head: { seq: number; hash: string };
}

/** The open workspace's own packet record (shown as a banner while working in a packet). */
export interface PacketInfoView {
  masterName: string;
  cutBy: string;
  cutAt: string;
  base: { seq: number; hash: string };
  scope: { kind: 'whole' | 'departments' | 'processes'; values: string[] };
  /** The scope's departments, or its processes by name (ids resolved while the packet holds them). */
  scopeNames: string[];
}
