// Every error that means "this file cannot be used" offers the newest backup whose own chain and
// state check hold (issue 16, item 2): the sentence says when it was taken and how to restore it,
// and the details carry it for the app's Restore button.
import { basename } from 'node:path';
import { AppError, type ErrorCode } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format/datetime';
import { listBackups } from '../../store/backups';
import { newestIntactBackup } from './backup-check';

/** Codes after which the file itself is unusable as it stands (a locked file is not: wait). */
const UNUSABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'FILE_CORRUPT',
  'FILE_NOT_SQLITE',
  'FILE_NOT_WORKSPACE',
  'MIGRATION_CHANGED',
]);

export interface BackupOffer {
  fileName: string;
  takenAt: string | null;
}

export async function withBackupOffer(err: unknown, path: string, now: Date): Promise<unknown> {
  if (!(err instanceof AppError) || !UNUSABLE.has(err.code) || listBackups(path).length === 0) return err;
  const offer = await newestIntactBackup(path, now);
  const details = { ...(typeof err.details === 'object' && err.details !== null ? err.details : {}) };
  if (!offer)
    return new AppError(
      err.code,
      `${err.message} None of its ${listBackups(path).length} automatic backups is intact either.`,
      details,
    );
  const when = offer.takenAt ? formatDateTime(offer.takenAt) : offer.fileName;
  const backup: BackupOffer = { fileName: offer.fileName, takenAt: offer.takenAt };
  return new AppError(
    err.code,
    `${err.message} The newest intact backup is from ${when}: restore it from the start screen, or with steadfast restore "${basename(path)}".`,
    { ...details, backup },
  );
}
