// Result types of the API: plain data that crosses IPC and HTTP as JSON.
import type { IdentityView } from './trust-types';

/** Who is working: the identity unlocked in this session. */
export interface Profile {
  name: string;
  role: string;
  fingerprint: string;
}

export interface WorkspaceSummary {
  id: string;
  name: string;
  organisation: string;
  description: string;
  /** IANA time zone the calendar is read in. */
  timeZone: string;
  /** The file's name for display; the renderer never sends paths back. */
  fileName: string;
  createdAt: string;
  updatedAt: string;
  /** The public key that signed this workspace's packs before packs were signed by people, if any. */
  legacyKeyFingerprint: string | null;
  /** Active members of the roster. */
  members: number;
  chain: ChainState;
  /** Opened read-only (another process holds the file, or it was asked for): every write is refused. */
  readOnly: boolean;
  /** Who held the file when it was opened read-only; null when it is ours to write, or nobody held it. */
  heldBy: LockHolder | null;
}

/** Who holds a workspace file open for writing (its lock file beside it). */
export interface LockHolder {
  /** The unlocked identity's name, else the profile's name. */
  person: string;
  fingerprint: string | null;
  machine: string;
  pid: number;
  program: 'app' | 'serve' | 'cli';
  /** When the holder opened it (ISO time). */
  since: string;
}

export interface ChainState {
  seq: number;
  hash: string;
  /** What the head recorded outside the file says about this chain on open. */
  outsideHead: OutsideHeadStatus;
}

export type OutsideHeadStatus =
  | { status: 'match' }
  | { status: 'ahead-of-record' }
  | { status: 'no-record' }
  | { status: 'truncated'; recordedSeq: number; fileSeq: number }
  | { status: 'rewritten'; seq: number };

export interface RecentWorkspace {
  id: string;
  name: string;
  fileName: string;
  /** The folder that holds the file, shown so that two files of one name can be told apart. */
  folder: string;
  lastOpenedAt: string;
  available: boolean;
}

export interface AuditEntryView {
  seq: number;
  at: string;
  actorName: string;
  actorRole: string;
  action: string;
  entity: string;
  entityId: string;
  /** What the entity is called (from the live row, else the entry's images); '' when nothing names it. */
  entityName?: string;
  before: unknown;
  /** What the entry records, without the row images (those are in `rowImages`). */
  after: unknown;
  /** The rows the write left behind, by table and key (null: deleted), as the state check replays them. */
  rowImages?: Record<string, Record<string, Record<string, unknown> | null>>;
  prevHash: string;
  hash: string;
}

export interface AuditPage {
  entries: AuditEntryView[];
  total: number;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  head: { seq: number; hash: string };
  /** The first entry that does not hold, with the reason. */
  firstBroken?: { seq: number; reason: string };
  /** Signatures checked against the roster the chain itself records (one per transaction). */
  signatures: number;
  /** Entries written before the workspace had personal keys: hashed and linked, not signed. */
  unsigned: number;
  outsideHead: OutsideHeadStatus;
  /** The live rows against what the chain's after-images say they must be. */
  state: StateCheck;
  summary: string;
}

/** differs: a field's value is not the audited one; missing: an audited row is gone; unaudited: a row no entry wrote. */
export type StateDifferenceKind = 'differs' | 'missing' | 'unaudited';

export interface StateDifference {
  /** The SQLite table, as the schema names it ("runbook_step"). */
  table: string;
  /** The row's key: its id, or a JSON array for a composite key. */
  id: string;
  /** For `differs`: the column. */
  field?: string;
  kind: StateDifferenceKind;
  expected?: unknown;
  actual?: unknown;
}

export interface StateCheck {
  ok: boolean;
  /** Audit entries replayed. */
  entries: number;
  /** Live rows compared. */
  rows: number;
  /** Audited tables compared. */
  tables: number;
  /** The first differences (at most 200); totalDifferences counts them all. */
  differences: StateDifference[];
  totalDifferences: number;
}

export interface AppInfo {
  version: string;
  transport: 'electron' | 'http';
  profile: Profile | null;
  /** The identities on this machine, for the unlock screen (none: first run, create one). */
  identities: IdentityView[];
  workspace: WorkspaceSummary | null;
}

/** How a file produced by the app reached the user. */
export type Delivery =
  | { kind: 'saved'; fileName: string }
  | { kind: 'download'; url: string; fileName: string }
  | { kind: 'cancelled' };
