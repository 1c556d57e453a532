// The demo's year of incidents at Meridian Freight: a dozen outages across its services, two major
// (one a DORA-major payments outage with full impact data, one caused by the FreightHub 4.13
// release), a crisis-mode run of the DR-site failover runbook, messages to stakeholders, blameless
// reviews with actions, and the post-implementation review of the rolled-back LedgerOne release.
import type { ActingSession } from './acting-session';
import { DEMO_ACTORS } from './actors';

const DAY = 86_400_000;
const MIN = 60_000;

type Severity = 'sev1' | 'sev2' | 'sev3' | 'sev4';
type Cause = 'change' | 'capacity' | 'hardware' | 'software' | 'network' | 'third-party' | 'human-error';

/** Days before the script's clock, minutes to detect, minutes down. */
const INCIDENTS: {
  title: string;
  severity: Severity;
  node: string;
  day: number;
  detect: number;
  down: number;
  cause: Cause;
  clients?: number;
}[] = [
  {
    title: 'Tracking events delayed',
    severity: 'sev3',
    node: 'Tracking service',
    day: -340,
    detect: 12,
    down: 95,
    cause: 'capacity',
  },
  {
    title: 'Portal login failures',
    severity: 'sev2',
    node: 'Identity provider (SSO)',
    day: -310,
    detect: 4,
    down: 48,
    cause: 'software',
    clients: 3200,
  },
  {
    title: 'Warehouse scanners offline',
    severity: 'sev2',
    node: 'Warehouse scanners and printers',
    day: -275,
    detect: 9,
    down: 130,
    cause: 'network',
  },
  {
    title: 'Customs gateway timeouts',
    severity: 'sev3',
    node: 'ClearPort customs gateway',
    day: -240,
    detect: 20,
    down: 75,
    cause: 'third-party',
  },
  {
    title: 'Document generation errors',
    severity: 'sev3',
    node: 'Document service',
    day: -205,
    detect: 15,
    down: 40,
    cause: 'software',
  },
  {
    title: 'Contact-centre calls dropped',
    severity: 'sev2',
    node: 'Contact-centre telephony',
    day: -170,
    detect: 6,
    down: 85,
    cause: 'third-party',
  },
  {
    title: 'ERP batch overran',
    severity: 'sev4',
    node: 'LedgerOne ERP',
    day: -130,
    detect: 30,
    down: 25,
    cause: 'capacity',
  },
  {
    title: 'CRM read-only after failover test',
    severity: 'sev3',
    node: 'CRM',
    day: -95,
    detect: 10,
    down: 35,
    cause: 'human-error',
  },
  {
    title: 'Sanctions list stale',
    severity: 'sev3',
    node: 'Screening service',
    day: -60,
    detect: 45,
    down: 180,
    cause: 'third-party',
  },
  {
    title: 'WMS pick lists slow',
    severity: 'sev4',
    node: 'StockPilot WMS',
    day: -14,
    detect: 25,
    down: 55,
    cause: 'capacity',
  },
];

const iso = (t: number): string => new Date(t).toISOString();

export async function seedIncidents(s: ActingSession, ids: Map<string, string>): Promise<void> {
  const node = (name: string): string => {
    const id = ids.get(name);
    if (!id) throw new Error(`demo: no node named ${name}`);
    return id;
  };
  const base = s.now().getTime();
  const releases = new Map((await s.call('releases.list', {})).map((r) => [r.name, r.id]));
  const runbooks = new Map((await s.call('runbooks.list', {})).map((r) => [r.name, r.id]));

  s.as(DEMO_ACTORS.lead);
  await s.call('incidents.setPolicy', { reviewDueDays: 5 });

  s.as(DEMO_ACTORS.sreLead);
  for (const i of INCIDENTS) {
    const started = base + i.day * DAY + 9 * 60 * MIN;
    await s.call('incidents.save', {
      title: i.title,
      severity: i.severity,
      startedAt: iso(started),
      detectedAt: iso(started + i.detect * MIN),
      restoredAt: iso(started + i.down * MIN),
      resolvedAt: iso(started + i.down * MIN + 2 * DAY),
      nodeIds: [node(i.node)],
      rootCause: i.cause,
      impact: i.clients === undefined ? {} : { clientsAffected: i.clients },
    });
  }

  // Major 1: the FreightHub 4.13 release broke booking confirmations (a failed change by incident).
  const cause = releases.get('FreightHub 4.13');
  const bookingStart = base - 29 * DAY + 10 * 60 * MIN;
  const booking = await s.call('incidents.save', {
    title: 'Booking confirmations lost after FreightHub 4.13',
    severity: 'sev1',
    summary: 'Confirmations were not sent for bookings made after the 4.13 deployment; customers re-booked.',
    startedAt: iso(bookingStart),
    detectedAt: iso(bookingStart + 35 * MIN),
    restoredAt: iso(bookingStart + 150 * MIN),
    resolvedAt: iso(bookingStart + 3 * DAY),
    nodeIds: [node('FreightHub booking platform'), node('Bookings DB (primary)')],
    causeReleaseId: cause ?? null,
    rootCause: 'change',
    impact: { clientsAffected: 8400, transactionsAffected: 2100, valueAffectedEur: 640_000 },
  });
  await s.call('incidents.addEntry', {
    incidentId: booking.incident.id,
    at: iso(bookingStart + 40 * MIN),
    text: 'Incident bridge opened; release manager joins.',
  });
  await s.call('incidents.addEntry', {
    incidentId: booking.incident.id,
    at: iso(bookingStart + 90 * MIN),
    text: 'Decision: roll forward with the confirmation-queue fix rather than roll back the schema.',
  });

  // Major 2: the primary cluster failed; the DR-site failover runbook run in crisis mode, live.
  const outageStart = s.now().getTime() - 12 * MIN;
  const outage = await s.call('incidents.save', {
    title: 'Primary cluster outage: booking and tracking down',
    severity: 'sev1',
    summary:
      'The primary Kubernetes cluster lost its control plane; booking and tracking failed over to the DR site.',
    startedAt: iso(outageStart),
    detectedAt: iso(outageStart + 3 * MIN),
    nodeIds: [
      node('Kubernetes cluster (primary)'),
      node('FreightHub booking platform'),
      node('Tracking service'),
    ],
    rootCause: 'hardware',
    impact: {
      criticalFunctionsAffected: true,
      authorisedServicesAffected: false,
      maliciousAccess: false,
      clientsAffected: 26_000,
      clientsTotal: 140_000,
      counterpartsAffected: 12,
      counterpartsTotal: 60,
      transactionsAffected: 9_500,
      transactionsDailyAverage: 42_000,
      valueAffectedEur: 3_100_000,
      valueDailyAverageEur: 14_000_000,
      relevantClientsAffected: false,
      reputational: { media: false, complaints: true, regulatoryBreach: false, clientLoss: false },
      memberStates: ['NL', 'BE', 'DE'],
      dataLoss: {
        availability: true,
        authenticity: false,
        integrity: false,
        confidentiality: false,
        adverse: false,
      },
      costsAndLossesEur: 85_000,
    },
  });
  const failover = runbooks.get('FreightHub failover to the DR site');
  let run = failover
    ? await s.call('incidents.openRunbook', { incidentId: outage.incident.id, runbookId: failover })
    : outage;
  const steps = run.runbooks.flatMap((v) => v.steps.map((st) => st.id));
  if (steps.length > 0) {
    await s.call('incidents.record', { incidentId: outage.incident.id, event: { type: 'started' } });
    for (const stepId of steps) {
      s.wait(6);
      await s.call('incidents.record', {
        incidentId: outage.incident.id,
        event: { type: 'step-started', stepId },
      });
      s.wait(9);
      run = await s.call('incidents.record', {
        incidentId: outage.incident.id,
        event: { type: 'step-finished', stepId, outcome: 'ok' },
      });
    }
    await s.call('incidents.record', { incidentId: outage.incident.id, event: { type: 'ended' } });
  }
  s.as(DEMO_ACTORS.lead);
  for (const audience of ['executives', 'customers', 'regulators'] as const) {
    const draft = await s.call('incidents.draftMessage', { incidentId: outage.incident.id, audience });
    await s.call('incidents.logMessage', {
      incidentId: outage.incident.id,
      audience,
      recipients:
        audience === 'executives'
          ? 'COO, CIO'
          : audience === 'customers'
            ? 'Status page'
            : 'DNB incident desk',
      ...draft,
    });
    s.wait(5);
  }
  const restored = s.now().getTime();
  s.as(DEMO_ACTORS.sreLead);
  await s.call('incidents.save', {
    id: outage.incident.id,
    title: run.incident.title,
    severity: 'sev1',
    summary: run.incident.summary,
    startedAt: iso(outageStart),
    detectedAt: iso(outageStart + 3 * MIN),
    restoredAt: iso(restored),
    nodeIds: run.incident.nodeIds,
    rootCause: 'hardware',
    impact: run.incident.impact,
  });

  // Reviews: both majors, and the rolled-back LedgerOne release (its post-implementation review).
  s.as(DEMO_ACTORS.lead);
  const bookingReview = await s.call('reviews.save', {
    subject: { kind: 'incident', incidentId: booking.incident.id },
    whatHappened:
      'FreightHub 4.13 changed the confirmation queue name; confirmations went nowhere for 2.5 hours.',
    contributingFactors: 'No synthetic check on confirmations; the canary compared latency only.',
    wentWell: 'Roll-forward fix shipped in 40 minutes; customer service had a script within the hour.',
    facilitator: DEMO_ACTORS.lead.name,
    completed: true,
  });
  await s.call('reviews.saveAction', {
    reviewId: bookingReview.id,
    title: 'Add a synthetic booking-confirmation check to the canary',
    owner: DEMO_ACTORS.sreLead.name,
    dueDate: iso(base + 20 * DAY).slice(0, 10),
    severity: 'high',
  });
  const outageReview = await s.call('reviews.save', {
    subject: { kind: 'incident', incidentId: outage.incident.id },
    whatHappened:
      'The primary cluster control plane failed; the failover runbook restored booking at the DR site.',
    contributingFactors: 'Single control-plane zone; certificate rotation on the DR site was manual.',
    wentWell: 'The failover runbook ran as rehearsed in the last DR test.',
    facilitator: DEMO_ACTORS.lead.name,
  });
  await s.call('reviews.saveAction', {
    reviewId: outageReview.id,
    title: 'Automate DR-site certificate rotation',
    owner: DEMO_ACTORS.sreLead.name,
    dueDate: iso(base + 30 * DAY).slice(0, 10),
    stepId: steps[0] ?? null,
  });
  const ledger = releases.get('LedgerOne schema v19');
  if (ledger) {
    s.as(DEMO_ACTORS.releaseManager);
    const pir = await s.call('reviews.save', {
      subject: { kind: 'release', releaseId: ledger },
      whatHappened: 'The v19 schema migration locked the journal table for 40 minutes; rolled back.',
      contributingFactors: 'Migration not rehearsed on production-sized data.',
      wentWell: 'The rollback runbook worked in 12 minutes.',
      facilitator: DEMO_ACTORS.releaseManager.name,
      completed: true,
    });
    await s.call('reviews.saveAction', {
      reviewId: pir.id,
      title: 'Rehearse schema migrations on a production-sized copy',
      owner: DEMO_ACTORS.releaseManager.name,
      dueDate: iso(base + 14 * DAY).slice(0, 10),
      processId: ids.get('Customer billing') ?? null,
    });
  }
}
