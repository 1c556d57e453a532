// Turns one data row of a recognised sheet into a typed record (or problems), per sheet kind.
import type { ImportKind } from '../../../shared/contract';
import type { RowCells } from './cells';
import { NODE_KINDS, type NodeKind } from '../../../shared/domain/model';
import { kindFromText, RESOURCE_KINDS } from './columns';
import type { ParsedFile, SheetRef } from './records';
import { parseContract, parseProvider } from './parse-thirdparty';

type Sink = Pick<
  ParsedFile,
  'tiers' | 'processes' | 'resources' | 'dependencies' | 'ratings' | 'providers' | 'contracts'
>;

/** Only the columns the sheet has: an absent column leaves the stored value alone. */
function opt<T>(r: RowCells, key: string, read: () => T): T | undefined {
  return r.has(key) ? read() : undefined;
}

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function parseTier(r: RowCells, src: SheetRef, out: Sink): void {
  const rec = {
    src,
    row: r.row,
    name: r.text('name', 80, true),
    rank: r.wholeNumber('rank', 0, 20, 'a whole number from 0 to 20', true),
    rtoMinutes: r.minutes('rtoMinutes', true),
    rpoMinutes: r.minutes('rpoMinutes', true),
    testFrequencyDays: r.wholeNumber('testFrequencyDays', 1, 3650, 'whole days from 1 to 3,650', true),
    description: opt(r, 'description', () => r.text('description', 1000)),
  };
  if (
    r.failed ||
    rec.rank === null ||
    rec.rtoMinutes === null ||
    rec.rpoMinutes === null ||
    rec.testFrequencyDays === null
  )
    return;
  out.tiers.push(
    defined({
      ...rec,
      rank: rec.rank,
      rtoMinutes: rec.rtoMinutes,
      rpoMinutes: rec.rpoMinutes,
      testFrequencyDays: rec.testFrequencyDays,
    }),
  );
}

function parseProcess(r: RowCells, src: SheetRef, out: Sink): void {
  const name = r.text('name', 200, true);
  const node = defined({
    department: opt(r, 'department', () => r.text('department', 200)),
    owner: opt(r, 'owner', () => r.text('owner', 200)),
    description: opt(r, 'description', () => r.text('description', 4000)),
  });
  const bia = defined({
    wrtMinutes: opt(r, 'wrtMinutes', () => r.minutes('wrtMinutes')),
    dataLossToleranceMinutes: opt(r, 'dataLossToleranceMinutes', () => r.minutes('dataLossToleranceMinutes')),
    manualRtoMinutes: opt(r, 'manualRtoMinutes', () => r.minutes('manualRtoMinutes')),
    manualRpoMinutes: opt(r, 'manualRpoMinutes', () => r.minutes('manualRpoMinutes')),
    mbco: opt(r, 'mbco', () => r.text('mbco', 2000)),
    notes: opt(r, 'notes', () => r.text('notes', 20_000)),
  });
  const tier = opt(r, 'tier', () => r.text('tier', 80));
  if (r.failed) return;
  out.processes.push(defined({ src, row: r.row, name, node, bia, tier }));
}

function parseResource(r: RowCells, src: SheetRef, out: Sink): void {
  const name = r.text('name', 200, true);
  const kindText = r.text('kind', 40, true).toLowerCase();
  const kind = kindFromText(kindText, RESOURCE_KINDS);
  if (kindText !== '' && !kind) {
    r.problem(
      'kind',
      `Kind must be one of ${RESOURCE_KINDS.join(', ')}${kindText === 'process' ? ' (processes go on the Processes sheet)' : ''}; found "${kindText}".`,
    );
  }
  const supportsText = opt(r, 'supports', () => r.text('supports', 20_000));
  const rec = defined({
    src,
    row: r.row,
    name,
    kind: kind ?? 'application',
    tier: opt(r, 'tier', () => r.text('tier', 80)),
    rtoMinutes: opt(r, 'rtoMinutes', () => r.minutes('rtoMinutes')),
    rpoMinutes: opt(r, 'rpoMinutes', () => r.minutes('rpoMinutes')),
    restoreMinutes: opt(r, 'restoreMinutes', () => r.minutes('restoreMinutes')),
    owner: opt(r, 'owner', () => r.text('owner', 200)),
    department: opt(r, 'department', () => r.text('department', 200)),
    description: opt(r, 'description', () => r.text('description', 4000)),
    supports:
      supportsText === undefined
        ? undefined
        : supportsText
            .split(';')
            .map((s) => s.trim())
            .filter((s) => s !== ''),
  });
  if (r.failed) return;
  out.resources.push(rec);
}

/** A Consumer kind or Provider kind cell: any node kind, or undefined when empty or wrong. */
function nodeKind(r: RowCells, key: string): NodeKind | undefined {
  const text = r.text(key, 40);
  if (text === '') return undefined;
  const kind = kindFromText(text, NODE_KINDS);
  if (!kind) r.problem(key, `${r.header(key)} must be one of ${NODE_KINDS.join(', ')}; found "${text}".`);
  return kind;
}

function parseDependency(r: RowCells, src: SheetRef, out: Sink): void {
  const rec = defined({
    src,
    row: r.row,
    consumer: r.text('consumer', 200, true),
    provider: r.text('provider', 200, true),
    consumerKind: opt(r, 'consumerKind', () => nodeKind(r, 'consumerKind')),
    providerKind: opt(r, 'providerKind', () => nodeKind(r, 'providerKind')),
    hard: opt(r, 'hard', () => r.yesNo('hard', true)),
    group: opt(r, 'group', () => r.text('group', 100) || null),
    notes: opt(r, 'notes', () => r.text('notes', 2000)),
  });
  if (r.failed) return;
  out.dependencies.push(rec);
}

function parseRating(r: RowCells, src: SheetRef, out: Sink): void {
  const process = r.text('process', 200, true);
  const category = r.text('category', 120, true);
  const bucket = r.text('bucket', 40, true);
  const severity = r.severity('severity');
  const loss = opt(r, 'loss', () => r.amount('loss'));
  if (r.failed) return;
  const rec = { src, row: r.row, process, category, bucket, severity };
  // Only rows that give a loss carry it: most of 100,000 rows do not, and this keeps them small.
  out.ratings.push(loss === undefined || loss === null ? rec : { ...rec, loss });
}

export const ROW_PARSERS: Record<ImportKind, (r: RowCells, src: SheetRef, out: Sink) => void> = {
  tiers: parseTier,
  processes: parseProcess,
  resources: parseResource,
  dependencies: parseDependency,
  ratings: parseRating,
  providers: parseProvider,
  contracts: parseContract,
};
