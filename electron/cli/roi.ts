// `steadfast roi`: checks the DORA Register of Information and, when nothing is wrong, writes its
// xBRL-CSV report package into a folder. Exit 0 written, 1 problems (nothing written), 2 error.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../../shared/contract';
import { plural } from '../../shared/format/plural';
import { systemClock } from '../core/app/context';
import { DataDir, defaultDataDir } from '../core/app/data-dir';
import { Workspace } from '../core/app/workspace';
import { describeProblem, workspaceRoi } from '../core/domains/thirdparties/roi';
import { packageName, writeRoiPackage } from '../core/reports/roi/package';
import { EXIT, type CommandSpec } from './commands';

export const roiCommand: CommandSpec = {
  usage: 'steadfast roi <file> --out <folder> [--ref-period 2026-12-31]',
  summary: 'write the DORA Register of Information (xBRL-CSV package; exit 1 when invalid)',
  details:
    'Builds templates B_01.01 to B_07.01 and B_99.01 from the third-party register and the BIA, checks them (LEIs and their ISO 17442 check digits, countries, entity type, competent authority, currency, an identifier for every provider and parent, dates in order) and lists every problem by template, row and column. With no problem it writes <entity>.CON_DORA010100_<ref period>.zip into --out. --ref-period defaults to the last 31 December. Exit 0 written, 1 problems (nothing written), 2 error.',
  async run(args, flags, io) {
    const file = args[0];
    if (!file)
      throw new AppError('INVALID_INPUT', 'Name the workspace file, for example: workspace.steadfast');
    if (typeof flags.out !== 'string' || flags.out.trim() === '')
      throw new AppError('INVALID_INPUT', 'Name the folder to write to: --out <folder>.');
    const ref = flags['ref-period'];
    if (ref !== undefined && (typeof ref !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(ref)))
      throw new AppError('INVALID_INPUT', '--ref-period must be a date: YYYY-MM-DD.');
    const now = (io.clock ?? systemClock).now();
    const ws = await Workspace.open(resolve(file), new DataDir(defaultDataDir(io.env)), now);
    try {
      const report = workspaceRoi(ws.store, now, ref);
      if (report.problems.length > 0) {
        io.err(
          `The Register of Information has ${plural(report.problems.length, 'problem')}; nothing was written.`,
        );
        for (const p of report.problems) io.err(`  ${describeProblem(p)}`);
        return EXIT.checkFailed;
      }
      const out = resolve(flags.out.trim());
      mkdirSync(out, { recursive: true });
      const path = join(out, `${packageName(report)}.zip`);
      await writeRoiPackage(path, report, now);
      const rows = report.tables.reduce((n, t) => n + t.rows.length, 0);
      io.out(`Wrote ${path} (${plural(report.tables.length, 'template')}, ${plural(rows, 'row')}).`);
      return EXIT.ok;
    } finally {
      ws.close();
    }
  },
};
