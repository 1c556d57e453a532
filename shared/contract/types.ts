// Result types of the API: plain data that crosses IPC and HTTP as JSON.

export interface Profile {
  name: string;
  role: string;
}

export interface WorkspaceSummary {
  id: string;
  name: string;
  organisation: string;
  description: string;
  /** The file's name for display; the renderer never sends paths back. */
  fileName: string;
  createdAt: string;
  updatedAt: string;
  keyFingerprint: string;
  chain: ChainState;
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
  after: unknown;
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
  outsideHead: OutsideHeadStatus;
  summary: string;
}

export interface AppInfo {
  version: string;
  transport: 'electron' | 'http';
  profile: Profile | null;
  workspace: WorkspaceSummary | null;
}

/** How a file produced by the app reached the user. */
export type Delivery =
  | { kind: 'saved'; fileName: string }
  | { kind: 'download'; url: string; fileName: string }
  | { kind: 'cancelled' };
