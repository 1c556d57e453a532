// The audit-trail check the app runs when a workspace opens, and the backups a broken workspace can
// be restored from.
import type { ChainVerification } from './types';

/** A backup the workspace was restored from, kept with the check of the file it produced. */
export interface RestoredFrom {
  /** The backup's file name (in the `<file>.backups` folder beside the workspace). */
  backup: string;
  /** When the backup was taken (from its name). */
  takenAt: string | null;
  /** When it was restored. */
  restoredAt: string;
  /** The broken file, kept beside the workspace under this name (never deleted). */
  brokenKeptAs: string;
}

/**
 * The open-time check of the open workspace: the chain walk with signatures, the head recorded on
 * this machine and the state check. Kept until the file is reopened or Verify is pressed.
 */
export type IntegrityStatus =
  | {
      status: 'checking';
      /** 0–1; coarse: the chain walk, then the state check's replay and comparison. */
      progress: number;
      phase: 'queued' | 'chain' | 'state';
      startedAt: string;
      restoredFrom: RestoredFrom | null;
    }
  | {
      status: 'done';
      verification: ChainVerification;
      checkedAt: string;
      restoredFrom: RestoredFrom | null;
    }
  | { status: 'failed'; error: string; restoredFrom: RestoredFrom | null };

/** One automatic backup of the open workspace, with whether its own chain and state check hold. */
export interface BackupView {
  fileName: string;
  /** When it was taken (from its name), ISO time; null for a name not made by Steadfast. */
  takenAt: string | null;
  /** Why it was taken: before a migration, after an open whose check passed, or hourly during work. */
  reason: 'migration' | 'verified' | 'rolling' | 'other';
  bytes: number;
  /** Chain walk (links, hashes, signatures) and state check of the backup, on a temporary copy. */
  intact: boolean;
  /** The check's summary: what is wrong, or what holds. */
  summary: string;
  /** The backup's audit head. */
  head: { seq: number; hash: string };
}
