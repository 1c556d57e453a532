// The demo's risk acceptances and pre-mortem: a recovery gap accepted by the business owner for the
// quarter, an RTO inversion whose acceptance lapsed a few days ago (so it shows re-opened and due),
// and the failure modes of the high-risk release with their rollback triggers.
import { dayOf } from '../../../shared/domain/exceptions';
import type { ActingSession } from './acting-session';
import { DEMO_ACTORS } from './actors';

const DAY = 86_400_000;

export async function seedExceptions(s: ActingSession, now: Date): Promise<void> {
  s.as(DEMO_ACTORS.analyst);
  const { conflicts } = await s.call('exceptions.list', {});
  const first = (kind: string) => conflicts.find((c) => c.kind === kind && !c.acceptance);
  const gap = first('cannot-meet-rto');
  const inversion = first('rto-inversion');
  if (!gap || !inversion) throw new Error('demo: expected a recovery gap and an RTO inversion to accept');

  // The lapsed one first: raised and accepted in the script's past, expiring three days before today.
  const lapsedOn = dayOf(now.getTime() - 3 * DAY);
  if (dayOf(s.now()) >= lapsedOn) throw new Error('demo: the script clock has run past the lapsed expiry');
  const lapsed = await s.call('exceptions.raise', {
    conflictKey: inversion.key,
    rationale: `${inversion.subject} inherits a slower provider until the storage migration lands; accepted for the migration's first phase.`,
    compensatingControls:
      'Weekly restore rehearsal of the provider; manual fallback procedure printed in the runbook.',
    owner: DEMO_ACTORS.approver.name,
    expiresOn: lapsedOn,
  });
  const quarter = await s.call('exceptions.raise', {
    conflictKey: gap.key,
    rationale: `${gap.subject} cannot meet its RTO until the platform moves to the new cluster next quarter; the cost of an interim fix exceeds the impact.`,
    compensatingControls:
      'Manual booking by phone for key accounts; daily backup verification; on-call escalation within 15 minutes.',
    owner: DEMO_ACTORS.approver.name,
    expiresOn: dayOf(now.getTime() + 90 * DAY),
  });
  s.as(DEMO_ACTORS.approver).wait(60);
  await s.call('exceptions.accept', { exceptionId: lapsed.id });
  await s.call('exceptions.accept', { exceptionId: quarter.id });
}

/**
 * The high-risk release: FreightHub 5.0, a big-bang replatforming of the Tier 0 booking platform
 * planned after the peak-season freeze, with its pre-mortem.
 */
export async function seedPremortem(s: ActingSession, ids: Map<string, string>, now: Date): Promise<void> {
  s.as(DEMO_ACTORS.releaseManager);
  const platform = ids.get('FreightHub booking platform');
  if (!platform) throw new Error('demo: no FreightHub booking platform');
  const midnight = Math.floor(now.getTime() / DAY) * DAY;
  const r = await s.call('releases.save', {
    name: 'FreightHub 5.0',
    version: '5.0.0',
    nodeIds: [platform],
    start: new Date(midnight + 20 * DAY + 21 * 3_600_000).toISOString(),
    end: new Date(midnight + 21 * DAY + 1 * 3_600_000).toISOString(),
    strategy: 'big-bang',
    changeType: 'normal',
    changeSize: 5,
    owner: DEMO_ACTORS.releaseManager.name,
    // The rollback plan for the new platform is still being written: part of what makes it high risk.
    rollbackRunbookId: null,
  });
  const pm = await s.call('premortem.get', { releaseId: r.id });
  if (!pm.required) throw new Error(`demo: FreightHub 5.0 scores ${pm.riskLevel} risk, not high`);
  {
    await s.call('premortem.addMode', {
      releaseId: r.id,
      description: 'Booking confirmations fail for a share of customers after the switch-over.',
      likelihood: 'medium',
      impact: 'high',
      detection: 'Booking API error-rate alert and the synthetic booking probe.',
      mitigation: 'Blue-green switch with the old stack kept warm for two hours.',
      trigger: {
        metric: 'error-rate',
        name: 'booking API 5xx rate',
        comparator: 'above',
        threshold: 2,
        unit: '%',
      },
    });
    await s.call('premortem.addMode', {
      releaseId: r.id,
      description: 'Quote calculation slows down under peak load with the new pricing engine.',
      likelihood: 'low',
      impact: 'medium',
      detection: 'p95 latency of the quote endpoint on the release dashboard.',
      mitigation: 'Pricing cache pre-warmed; load test at twice the peak before the window.',
      trigger: {
        metric: 'latency',
        name: 'quote p95 latency',
        comparator: 'above',
        threshold: 1200,
        unit: 'ms',
      },
    });
    await s.call('premortem.addMode', {
      releaseId: r.id,
      description: 'Bookings drop silently because a form field no longer validates.',
      likelihood: 'low',
      impact: 'high',
      detection: 'Bookings per hour compared with the same hour last week.',
      mitigation: 'Form contract tests in the pipeline; product owner watches the first hour.',
      trigger: {
        metric: 'business',
        name: 'bookings per hour',
        comparator: 'below',
        threshold: 60,
        unit: '% of last week',
      },
    });
  }
}
