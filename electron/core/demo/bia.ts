// The demo's BIA workshops: ratings follow each category's onset of significant impact, some
// objectives are hand-set (a few in conflict), and three BIAs are approved.
import { DEFAULT_IMPACT_CATEGORIES } from '../../../shared/domain/bia';
import type { ActingSession } from './acting-session';
import { DEMO_ACTORS } from './actors';
import { DEMO_PROCESSES, type DemoProcess } from './organisation';

const BUCKETS = ['1h', '4h', '8h', '1d', '3d', '1w', '2w', '30d'];

/** Severity at bucket k for a category that becomes significant (3) at `onset`; never falls. */
export function severityAt(onset: number | null, k: number): number {
  if (onset === null) return k >= 5 ? 2 : k >= 2 ? 1 : 0;
  if (k >= onset + 2) return 4;
  if (k >= onset) return 3;
  if (k === onset - 1) return 2;
  return k >= onset - 3 ? 1 : 0;
}

function cells(p: DemoProcess) {
  return DEFAULT_IMPACT_CATEGORIES.flatMap((c) =>
    BUCKETS.map((bucketId, k) => ({
      categoryId: c.id,
      bucketId,
      severity: severityAt(p.onset[c.id] ?? null, k),
    })),
  );
}

const APPROVED = ['Freight booking', 'Customs declarations', 'Customer billing'];
const IN_REVIEW = ['Shipment tracking', 'Sanctions screening'];

export async function seedBia(s: ActingSession, ids: Map<string, string>): Promise<void> {
  for (const p of DEMO_PROCESSES) {
    const processId = ids.get(p.name)!;
    s.as(DEMO_ACTORS.analyst).wait(45);
    await s.call('bia.rateMany', { processId, cells: cells(p) });
    await s.call('bia.update', {
      processId,
      wrtMinutes: p.wrt,
      dataLossToleranceMinutes: p.dataLoss,
      manualRtoMinutes: p.manualRto ?? null,
      pinnedTierId: p.pinnedTier ?? null,
      mbco: p.mbco,
      notes: `Workshop with ${p.owner} (${p.department}).`,
    });
    for (const [k, amount] of (p.losses ?? []).entries()) {
      await s.call('bia.setLoss', { processId, bucketId: BUCKETS[k]!, amount });
    }
  }
  // A slip in one workshop: reputational impact entered lower at 1 w than at 3 d (flagged as falling).
  await s.call('bia.rate', {
    processId: ids.get('Claims handling')!,
    categoryId: 'reputational',
    bucketId: '1w',
    severity: 1,
  });

  for (const name of [...APPROVED, ...IN_REVIEW]) {
    s.as(DEMO_ACTORS.analyst).wait(30);
    await s.call('bia.transition', { processId: ids.get(name)!, to: 'in_review' });
  }
  for (const name of APPROVED) {
    s.as(DEMO_ACTORS.approver).wait(60 * 20);
    await s.call('bia.transition', { processId: ids.get(name)!, to: 'approved' });
  }
}
