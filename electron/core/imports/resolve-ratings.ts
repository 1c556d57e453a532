// Ratings: each row names a process, a category and a bucket that must exist (in the file or the
// workspace); one cell may be rated once per file; loss figures of one process and bucket agree.
// Only cells that differ from the workspace go into the plan.
import { normaliseHeader } from './columns';
import type { PlanBody, Resolver } from './resolve';
import type { RatingChanges } from './plan';
import { nameKey } from './records';

export function resolveRatings(r: Resolver, fileProcessKeys: Set<string>, body: PlanBody): void {
  const { ws } = r;
  const seen = new Map<string, number>();
  const lossSeen = new Map<string, { row: number; amount: number }>();
  const byProcess = new Map<
    string,
    { id?: string; changes: RatingChanges; ratings?: Map<string, number>; losses?: Map<string, number> }
  >();
  // 100,000 rows name a handful of categories and buckets: normalise each spelling once.
  const lookup = (map: Map<string, string>, cache: Map<string, string | undefined>, text: string) => {
    if (!cache.has(text)) cache.set(text, map.get(normaliseHeader(text)));
    return cache.get(text);
  };
  const categoryCache = new Map<string, string | undefined>();
  const bucketCache = new Map<string, string | undefined>();

  for (const rec of r.file.ratings) {
    const pKey = nameKey(rec.process);
    const existing = ws.processes.get(pKey);
    let ok = true;
    if (!fileProcessKeys.has(pKey) && (!existing || existing.retired)) {
      r.problem(
        rec.src,
        rec.row,
        'process',
        existing?.retired
          ? `Process "${rec.process}" was retired; its ratings cannot be changed.`
          : `Process "${rec.process}" is neither on a Processes sheet nor in the workspace.`,
      );
      ok = false;
    }
    const categoryId = lookup(ws.categories, categoryCache, rec.category);
    if (!categoryId) {
      r.problem(
        rec.src,
        rec.row,
        'category',
        `Category "${rec.category}" matches no impact category (${ws.categoryNames.join(', ')}).`,
      );
      ok = false;
    }
    const bucketId = lookup(ws.buckets, bucketCache, rec.bucket);
    if (!bucketId) {
      r.problem(
        rec.src,
        rec.row,
        'bucket',
        `Bucket "${rec.bucket}" matches no time bucket (${ws.bucketLabels.join(', ')}).`,
      );
      ok = false;
    }
    if (!ok || !categoryId || !bucketId) continue;

    const cellKey = `${pKey}\u0000${categoryId}\u0000${bucketId}`;
    const first = seen.get(cellKey);
    if (first !== undefined) {
      r.problem(
        rec.src,
        rec.row,
        'severity',
        `Duplicate rating for "${rec.process}", ${rec.category} at ${rec.bucket}: already rated on row ${first}.`,
      );
      continue;
    }
    seen.set(cellKey, rec.row);

    let entry = byProcess.get(pKey);
    if (!entry) {
      const id = existing && !existing.retired ? existing.id : undefined;
      entry = { id, changes: { processKey: pKey, cells: [], cleared: 0, losses: [] } };
      if (id) {
        entry.ratings = ws.ratings(id);
        entry.losses = ws.losses(id);
      }
      byProcess.set(pKey, entry);
    }
    const before = entry.ratings?.get(`${categoryId}|${bucketId}`);
    let rowChange: 'creates' | 'updates' | 'unchanged' =
      before === undefined
        ? rec.severity === null
          ? 'unchanged'
          : 'creates'
        : before === rec.severity
          ? 'unchanged'
          : 'updates';
    if (rowChange !== 'unchanged') {
      entry.changes.cells.push([categoryId, bucketId, rec.severity]);
      if (rec.severity === null) entry.changes.cleared += 1;
    }

    if (rec.loss !== undefined && rec.loss !== null) {
      const lossKey = `${pKey}\u0000${bucketId}`;
      const firstLoss = lossSeen.get(lossKey);
      if (firstLoss && firstLoss.amount !== rec.loss) {
        r.problem(
          rec.src,
          rec.row,
          'loss',
          `Financial loss for "${rec.process}" at ${rec.bucket} is ${rec.loss} here but ${firstLoss.amount} on row ${firstLoss.row}; rows of one process and bucket must agree.`,
        );
        continue;
      }
      if (!firstLoss) {
        lossSeen.set(lossKey, { row: rec.row, amount: rec.loss });
        if (entry.losses?.get(bucketId) !== rec.loss) {
          entry.changes.losses.push([bucketId, rec.loss]);
          if (rowChange === 'unchanged') rowChange = 'updates';
        }
      }
    }
    r.count(rec.src.sheet, rowChange);
  }
  for (const { changes } of byProcess.values())
    if (changes.cells.length > 0 || changes.losses.length > 0) body.ratings.push(changes);
}
