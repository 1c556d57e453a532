// Checks a workspace's automatic backups, each on a temporary copy with a throwaway data folder:
// its chain walk with signatures and its state check. A backup is only ever read.
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { BackupView } from '../../../../shared/contract';
import { plural } from '../../../../shared/format/plural';
import { DataDir } from '../../app/data-dir';
import { Workspace } from '../../app/workspace';
import { describeBackupName, listBackups } from '../../store/backups';
import { describeDifference } from '../../store/state/describe';

/** Lets status polls run between two backups' checks. */
const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Checks one backup on a temporary copy with a throwaway data folder, so neither the backup nor this
 * machine's recorded heads change. The outside head is not part of it: a backup is older than the
 * head this machine recorded by design. Plain file copy: a backup is a closed, complete file with no
 * write-ahead log beside it.
 */
async function inspect(
  file: string,
  now: Date,
): Promise<{ intact: boolean; summary: string; head: { seq: number; hash: string } }> {
  const tmp = mkdtempSync(join(tmpdir(), 'steadfast-backup-check-'));
  try {
    const copy = join(tmp, 'backup.steadfast');
    copyFileSync(file, copy);
    const ws = await Workspace.open(copy, new DataDir(join(tmp, 'data')), now);
    try {
      const walk = ws.store.audit.walk();
      if (!walk.ok)
        return {
          intact: false,
          summary: `Audit chain broken at entry ${walk.firstBroken?.seq}: ${walk.firstBroken?.reason}.`,
          head: walk.head,
        };
      const state = ws.store.state.check({ limit: 1 });
      const first = state.differences[0];
      if (first)
        return {
          intact: false,
          summary: `${describeDifference(first)}${state.totalDifferences > 1 ? ` (and ${state.totalDifferences - 1} more)` : ''}.`,
          head: walk.head,
        };
      return {
        intact: true,
        summary: `${plural(walk.checked, 'entry', 'entries')} and ${plural(walk.signatures, 'signature')} verified; ${plural(state.rows, 'row')} match the audit trail.`,
        head: walk.head,
      };
    } finally {
      ws.close();
    }
  } catch (err) {
    return {
      intact: false,
      summary: `It cannot be opened: ${err instanceof Error ? err.message : String(err)}`,
      head: { seq: 0, hash: '' },
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function viewOf(file: string, now: Date): Promise<BackupView> {
  const fileName = basename(file);
  return {
    fileName,
    ...describeBackupName(fileName),
    bytes: statSync(file).size,
    ...(await inspect(file, now)),
  };
}

/** Newest first: the first intact one is what the app offers to restore. */
export async function listChecked(path: string, now: Date): Promise<BackupView[]> {
  const out: BackupView[] = [];
  for (const file of listBackups(path).reverse()) {
    out.push(await viewOf(file, now));
    await yieldNow();
  }
  return out;
}

/** The newest backup of `path` whose own check holds, or null (none, or none intact). */
export async function newestIntactBackup(path: string, now: Date): Promise<BackupView | null> {
  for (const file of listBackups(path).reverse()) {
    const view = await viewOf(file, now);
    if (view.intact) return view;
    await yieldNow();
  }
  return null;
}
