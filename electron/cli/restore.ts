// `steadfast restore <file>`: lists a workspace's automatic backups with their own check, or puts the
// newest intact one (or the one named) in place of the file, which is kept beside it under a new
// name. Exit 0 restored or listed, 1 no intact backup to restore, 2 error.
import { resolve } from 'node:path';
import { AppError } from '../../shared/contract';
import { formatDateTime } from '../../shared/format/datetime';
import { systemClock } from '../core/app/context';
import { DataDir, defaultDataDir } from '../core/app/data-dir';
import { listChecked } from '../core/domains/workspace/backup-check';
import { restoreBackupFile } from '../core/domains/workspace/restore-file';
import { EXIT, type CommandSpec } from './commands';

export const restoreCommand: CommandSpec = {
  usage: 'steadfast restore <file> [--list] [--backup <backup file name>]',
  summary: 'list or restore the automatic backups of a workspace',
  details:
    'With --list, prints each backup beside the file, newest first, with whether its own audit chain, signatures and state check hold. Otherwise restores the newest intact backup (or the one --backup names): the current file is kept beside it, renamed "<name> (replaced <time>).steadfast", never deleted. Exit 0 restored or listed, 1 when no intact backup exists, 2 on an error.',
  async run(args, flags, io) {
    const typed = args[0];
    if (!typed)
      throw new AppError('INVALID_INPUT', 'Name the workspace file, for example: workspace.steadfast');
    const file = resolve(typed);
    const now = io.clock?.now() ?? systemClock.now();
    const backups = await listChecked(file, now);
    if (flags.list === true) {
      if (backups.length === 0) io.out('No automatic backups beside this file.');
      for (const b of backups)
        io.out(
          `${b.intact ? 'intact' : 'broken'}  ${b.takenAt ? formatDateTime(b.takenAt) : '?'}  ${b.fileName}  ${b.summary}`,
        );
      return EXIT.ok;
    }
    const named = typeof flags.backup === 'string' ? flags.backup : undefined;
    const chosen = named ? backups.find((b) => b.fileName === named) : backups.find((b) => b.intact);
    if (named && !chosen)
      throw new AppError('NOT_FOUND', `There is no backup named ${named} beside the file.`);
    if (!chosen) {
      io.err(
        backups.length === 0
          ? 'No automatic backups beside this file: nothing to restore.'
          : `None of the ${backups.length} backups is intact: nothing was restored (see --list).`,
      );
      return EXIT.checkFailed;
    }
    const { ws, restoredFrom } = await restoreBackupFile(
      file,
      chosen.fileName,
      new DataDir(defaultDataDir(io.env)),
      now,
    );
    ws.close();
    io.out(
      `Restored the backup of ${restoredFrom.takenAt ? formatDateTime(restoredFrom.takenAt) : restoredFrom.backup} (${chosen.head.seq} audit entries). The file it replaced is kept as "${restoredFrom.brokenKeptAs}".`,
    );
    return EXIT.ok;
  },
};
