// The demo's release readiness: three months of Meridian Freight releases (one failed and rolled
// back, an emergency fix inside a freeze, one planned into the peak-season freeze), freezes and
// maintenance windows, SLOs with a month of daily measurements for five services, and a canary.
import { UNWAIVABLE_CHECKS } from '../../../shared/domain/release';
import type { ActingSession } from './acting-session';
import { DEMO_ACTORS } from './actors';
import { RELEASES, SLOS, canaryCsv, wobble } from './release-data';

const DAY = 86_400_000;
const RELEASE_MANAGER = DEMO_ACTORS.releaseManager;
const SRE_LEAD = DEMO_ACTORS.sreLead;
const CAB_CHAIR = DEMO_ACTORS.approver;

const iso = (t: number): string => new Date(t).toISOString();

export async function seedReleases(s: ActingSession, ids: Map<string, string>, now: Date): Promise<void> {
  const midnight = Math.floor(now.getTime() / DAY) * DAY;
  const at = (day: number, hour: number, minute = 0): string =>
    iso(midnight + day * DAY + (hour * 60 + minute) * 60_000);
  const node = (name: string): string => {
    const id = ids.get(name);
    if (!id) throw new Error(`demo: no node named ${name}`);
    return id;
  };
  // Runbooks come from another part of the demo; link one only when it is there.
  const runbooks = new Map((await s.call('runbooks.list', {})).map((r) => [r.name, r.id]));

  s.as(CAB_CHAIR);
  await s.call('calendar.saveFreeze', {
    name: 'Quarter-end close',
    reason: 'Finance closes the quarter; no changes anywhere without an emergency override.',
    start: at(-22, 0),
    end: at(-17, 0),
    scope: { kind: 'everything', ids: [] },
  });
  await s.call('calendar.saveFreeze', {
    name: 'Peak season freeze',
    reason: 'Pre-holiday shipping peak: Tier 0 and Tier 1 services stay as they are.',
    start: at(6, 0),
    end: at(13, 0),
    scope: { kind: 'tiers', ids: ['tier-0', 'tier-1'] },
  });
  s.as(SRE_LEAD);
  await s.call('calendar.saveMaintenance', {
    nodeId: node('Customer portal web'),
    name: 'Weekly night window',
    start: at(-90, 22),
    end: at(-89, 2),
    recurrence: 'weekly',
  });
  await s.call('calendar.saveMaintenance', {
    nodeId: node('StockPilot WMS'),
    name: 'Weekly early-morning window',
    start: at(-85, 2),
    end: at(-85, 6),
    recurrence: 'weekly',
  });

  for (const slo of SLOS) {
    const saved = await s.call('slos.save', {
      nodeId: node(slo.node),
      name: slo.name,
      sliKind: slo.kind ?? 'availability',
      targetPercent: slo.target,
      windowDays: 30,
      policyMinRemaining: 0.1,
    });
    const rows = ['period_start,period_end,good,total'];
    for (let d = -30; d < 0; d++) {
      const total = Math.round(slo.perDay * (1 + 0.1 * wobble(d)));
      const bad = Math.max(0, Math.round((total * slo.badPerMille * (1 + 0.6 * wobble(d + 7))) / 1000));
      rows.push(`${at(d, 0)},${at(d + 1, 0)},${total - bad},${total}`);
    }
    await s.call('slos.importCsv', { sloId: saved.id, csv: rows.join('\n') });
  }

  for (const r of RELEASES) {
    s.as(RELEASE_MANAGER);
    const start = r.day < 0 ? 8 : 20;
    const release = await s.call('releases.save', {
      name: r.name,
      version: r.version,
      nodeIds: [node(r.node)],
      start: at(r.day, start),
      end: at(r.day, start + 2),
      strategy: r.strategy,
      changeType: r.changeType,
      changeSize: r.size,
      rollbackRunbookId: (r.rollback && runbooks.get(r.rollback)) ?? null,
      owner: RELEASE_MANAGER.name,
      committedAt: at(r.day - 2 - (r.size % 3), 15),
    });
    if (r.override) await s.call('releases.override', { releaseId: release.id, justification: r.override });
    if (r.outcome === 'planned') continue;
    for (const approver of r.size >= 3 ? [CAB_CHAIR, SRE_LEAD] : [SRE_LEAD]) {
      s.as(approver);
      await s.call('releases.approve', { releaseId: release.id });
    }
    s.as(RELEASE_MANAGER);
    if (r.outcome === 'approved') continue;
    await s.call('releases.transition', {
      releaseId: release.id,
      status: 'in-progress',
      at: at(r.day, start),
      ...(await passGate(s, release.id, r.override)),
    });
    await s.call('releases.transition', {
      releaseId: release.id,
      status: 'deployed',
      at: at(r.day, start, 40),
    });
    if (r.outcome === 'rolled-back') {
      s.as(SRE_LEAD);
      await s.call('releases.transition', {
        releaseId: release.id,
        status: 'failed',
        at: at(r.day, start, 65),
      });
      await s.call('releases.transition', {
        releaseId: release.id,
        status: 'rolled-back',
        at: at(r.day, start + 2, 10),
      });
    }
  }

  const canary = (await s.call('releases.list', {})).find((x) => x.name === 'FreightHub 4.14');
  if (!canary) throw new Error('demo: the canary release is missing');
  s.as(SRE_LEAD);
  await s.call('canary.import', {
    releaseId: canary.id,
    name: 'FreightHub 4.14 — 5% canary, first hour',
    csv: canaryCsv(),
    metrics: [
      { name: 'latency_ms', direction: 'higher-is-worse', tolerance: 0.1, critical: true },
      { name: 'error_rate_pct', direction: 'higher-is-worse', tolerance: 0.25 },
      { name: 'bookings_per_min', direction: 'lower-is-worse', tolerance: 0.1 },
    ],
  });
}

/**
 * The gate guards the start of a change: the change board waives each failing check it accepted, and
 * an emergency fix that still reads NO-GO starts as a declared emergency with its override's reason.
 */
async function passGate(
  s: ActingSession,
  releaseId: string,
  emergency: string | undefined,
): Promise<{ emergency?: { justification: string } }> {
  let gate = await s.call('gate.evaluate', { releaseId });
  if (gate.go) return {};
  s.as(CAB_CHAIR);
  for (const c of gate.checks)
    if (c.status === 'fail' && !UNWAIVABLE_CHECKS.includes(c.id))
      await s.call('gate.waive', {
        releaseId,
        checkId: c.id,
        justification: `Accepted at the change advisory board: ${c.reason}`,
      });
  s.as(RELEASE_MANAGER);
  gate = await s.call('gate.evaluate', { releaseId });
  if (gate.go) return {};
  return { emergency: { justification: emergency ?? 'Declared an emergency by the release manager.' } };
}
