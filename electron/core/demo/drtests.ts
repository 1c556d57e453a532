// Meridian Freight's DR tests: a WMS restore that passed (proving its recovery time), a FreightHub
// failover that overran its RTO with findings (one critical, still open), and a CRM restore that is
// planned, past its date and overdue. Exercises are played with the script clock, steps starting as
// soon as what they wait for has finished, so the recorded timings look like a real drill.
import type { MethodInput, RunbookDetail, RunbookStepView } from '../../../shared/contract';
import type { ActingSession } from './acting-session';
import { DEMO_ACTORS } from './actors';

const day = (s: ActingSession, daysAhead = 0) => {
  const at = new Date(s.now().getTime() + daysAhead * 86_400_000);
  return at.toISOString().slice(0, 10);
};

/** Plays a runbook as a drill: each step takes `factor` × its likely minutes; parallel branches overlap. */
async function playExercise(s: ActingSession, testId: string, steps: RunbookStepView[], factor: number) {
  const record = (event: MethodInput<'drtests.record'>['event']) =>
    s.call('drtests.record', { testId, event });
  const finish = new Map<string, number>();
  const events: { at: number; type: 'start' | 'finish'; step: RunbookStepView }[] = [];
  const byKey = new Map(steps.map((x) => [x.key, x]));
  const finishOf = (x: RunbookStepView): number => {
    const known = finish.get(x.key);
    if (known !== undefined) return known;
    const start = Math.max(0, ...x.dependsOn.map((k) => finishOf(byKey.get(k)!)));
    const end = start + Math.max(1, Math.round(x.likelyMinutes * factor));
    finish.set(x.key, end);
    events.push({ at: start, type: 'start', step: x }, { at: end, type: 'finish', step: x });
    return end;
  };
  steps.forEach(finishOf);
  events.sort((a, b) => a.at - b.at || (a.type === 'finish' ? -1 : 1));
  await record({ type: 'started' });
  let t = 0;
  for (const e of events) {
    s.wait(e.at - t);
    t = e.at;
    await record(
      e.type === 'start'
        ? { type: 'step-started', stepId: e.step.id }
        : { type: 'step-finished', stepId: e.step.id, outcome: 'ok' },
    );
  }
  await record({ type: 'ended' });
}

export async function seedDrTests(
  s: ActingSession,
  ids: Map<string, string>,
  runbooks: Map<string, RunbookDetail>,
): Promise<void> {
  const approved = (name: string) => runbooks.get(name)!;

  // Passed: the WMS restore, a little faster than planned; 20 min of data lost against a 60 min RPO.
  s.as(DEMO_ACTORS.lead).wait(60 * 24 * 2);
  const wms = approved('StockPilot WMS restore from backup');
  const passed = await s.call('drtests.save', {
    name: 'StockPilot WMS restore drill',
    type: 'simulation',
    scenario: 'Ransomware encrypts the WMS database; restore from the last immutable backup.',
    scopeNodeIds: [ids.get('StockPilot WMS')!],
    runbookVersionIds: [wms.version.id],
    objectives: 'Restore within the 4 h RTO; lose no more than 1 h of data.',
    participants: 'Warehouse IT (Ana Lima), DBA on call, Tomás Ólafsson (observer)',
    scheduledAt: day(s),
  });
  s.wait(60);
  await playExercise(s, passed.plan.id, wms.version.steps, 0.9);
  await s.call('drtests.complete', {
    testId: passed.plan.id,
    dataLoss: [{ nodeId: ids.get('StockPilot WMS')!, minutes: 20 }],
  });

  // Failed: the FreightHub failover runs well past its 60 min RTO.
  s.wait(60 * 24 * 6);
  const fh = approved('FreightHub failover to the DR site');
  const failed = await s.call('drtests.save', {
    name: 'FreightHub DR-site failover',
    type: 'parallel',
    scenario: 'Loss of the primary data centre; FreightHub fails over to the DR site.',
    scopeNodeIds: [ids.get('FreightHub booking platform')!],
    runbookVersionIds: [fh.version.id],
    objectives: 'Bookings accepted at the DR site within 60 min, no more than 15 min of bookings lost.',
    participants: 'Platform team, DBA on call, network operations, Priya Raman (exercise lead)',
    scheduledAt: day(s),
  });
  s.wait(90);
  await playExercise(s, failed.plan.id, fh.version.steps, 1.05);
  await s.call('drtests.complete', {
    testId: failed.plan.id,
    dataLoss: [{ nodeId: ids.get('FreightHub booking platform')!, minutes: 9 }],
  });
  const stepId = (key: string) => fh.version.steps.find((x) => x.key === key)!.id;
  s.wait(120);
  await s.call('findings.save', {
    testId: failed.plan.id,
    stepId: stepId('promote-db'),
    title: 'Database promotion waits for a DBA sign-off nobody on call can give',
    description: 'The replica promotion needed the DBA lead, reached only after 25 minutes.',
    severity: 'critical',
    owner: 'Head of platform',
    dueDate: day(s, 21),
    status: 'open',
  });
  await s.call('findings.save', {
    testId: failed.plan.id,
    stepId: stepId('redirect-users'),
    title: 'DNS TTL of 60 min keeps clients on the failed site',
    severity: 'high',
    owner: 'Network operations',
    dueDate: day(s, 14),
    status: 'in_progress',
  });
  await s.call('findings.save', {
    testId: failed.plan.id,
    stepId: null,
    title: 'Exercise bridge number missing from the call tree',
    severity: 'low',
    owner: 'Priya Raman',
    dueDate: day(s, 7),
    status: 'closed',
  });

  // Planned and overdue: the CRM restore, scheduled for a date that has passed without a run.
  s.wait(60 * 24);
  const crm = approved('CRM restore from backup');
  await s.call('drtests.save', {
    name: 'CRM restore from backup',
    type: 'parallel',
    scenario: 'CRM database corrupted by a faulty integration; restore to a parallel environment.',
    scopeNodeIds: [ids.get('CRM')!],
    runbookVersionIds: [crm.version.id],
    objectives: 'Restore within the 2 h RTO with no more than 1 h of data lost.',
    participants: 'Customer IT, DBA on call, customer support lead',
    scheduledAt: day(s, 2),
  });
}
