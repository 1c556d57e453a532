// Argument parsing and dispatch for `steadfast`. Errors are one line on stderr with exit code 2.
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/contract/errors';
import { APP_VERSION } from '../core/app/version';
import { commands, EXIT, type Io } from './commands';

function overview(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`);
  return [
    `steadfast ${APP_VERSION}: offline workbench for release readiness and business continuity`,
    '',
    'Usage: steadfast <command> [options]   (steadfast <command> --help for details)',
    '',
    'Commands:',
    ...lines,
    '',
    'The data folder (profile, recent list, recorded audit heads) is STEADFAST_DATA_DIR or the platform default.',
  ].join('\n');
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
        name: { type: 'string' },
        as: { type: 'string' },
        role: { type: 'string' },
        'passphrase-file': { type: 'string' },
        trust: { type: 'string' },
        recompute: { type: 'boolean' },
        port: { type: 'string' },
        json: { type: 'boolean' },
        // export and verify
        pdf: { type: 'string' },
        xlsx: { type: 'string' },
        out: { type: 'string' },
        processes: { type: 'string' },
        tiers: { type: 'string' },
        at: { type: 'string' },
        since: { type: 'string' },
        key: { type: 'string' },
        // gate
        release: { type: 'string' },
        // restore
        list: { type: 'boolean' },
        backup: { type: 'string' },
        // roi
        'ref-period': { type: 'string' },
        // questionnaires and answers
        campaign: { type: 'string' },
        due: { type: 'string' },
        accept: { type: 'boolean' },
        // packet and merge
        departments: { type: 'string' },
        'dry-run': { type: 'boolean' },
        take: { type: 'string' },
        choices: { type: 'string' },
      },
    });
  } catch (err) {
    io.err(`steadfast: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT.error;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.out(APP_VERSION);
    return EXIT.ok;
  }
  const two = positionals.slice(0, 2).join(' ');
  const key = commands[two] ? two : positionals[0];
  const entry = key ? commands[key] : undefined;
  if (!entry) {
    if (key) io.err(`steadfast: unknown command "${key}". Run steadfast --help.`);
    else io.out(overview());
    return key ? EXIT.error : values.help ? EXIT.ok : EXIT.error;
  }
  const rest = positionals.slice(key!.split(' ').length);
  try {
    const command = await entry.load();
    if (values.help) {
      io.out(`Usage: ${command.usage}\n\n${command.details}`);
      return EXIT.ok;
    }
    return await command.run(rest, values as Record<string, string | boolean>, io);
  } catch (err) {
    const message = err instanceof AppError ? err.message : err instanceof Error ? err.message : String(err);
    io.err(`steadfast: ${message.split('\n')[0]}`);
    return EXIT.error;
  }
}
