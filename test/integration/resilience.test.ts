// Important business services, tolerances and scenarios through the router on a real workspace:
// bad input is refused with a specific message and changes nothing; the matrix breaches where the
// hand-worked arithmetic says it does; reviews expire and are recorded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NodeView, ResilienceOverview, MatrixInput, ServiceView } from '../../shared/contract';
import { scenarioMatrix } from '../../shared/domain/resilience';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
const ids: Record<string, string> = {};

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.as('Rita Planner', 'Continuity lead');
  await t.call('workspace.create', { name: 'Resilience' });
  for (const [name, kind, restore] of [
    ['Take payments', 'process', 30],
    ['Payments API', 'application', 60],
    ['Ledger DB', 'datastore', 90],
  ] as const) {
    const n = await t.call<NodeView>('nodes.save', { kind, name, restoreMinutes: restore });
    ids[name] = n.id;
  }
  await t.call('edges.save', { consumerId: ids['Take payments'], providerId: ids['Payments API'] });
  await t.call('edges.save', { consumerId: ids['Payments API'], providerId: ids['Ledger DB'] });
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

const overview = () => t.call<ResilienceOverview>('resilience.overview', {});

describe('important business services', () => {
  it('refuses a service with no owner, a tolerance of 0 minutes and an unknown node, changing nothing', async () => {
    await expect(
      t.call('services.save', { name: 'Payments', owner: '  ', nodeIds: [ids['Take payments']] }),
    ).rejects.toThrow(/owner: An important business service needs an owner/);
    await expect(
      t.call('services.save', { name: 'Payments', owner: 'Ana', nodeIds: ['nope'] }),
    ).rejects.toThrow(/The service "Payments" names node nope, which is not on the map/);
    expect((await overview()).services).toEqual([]);
    const svc = await t.call<ServiceView>('services.save', {
      name: 'Payments',
      owner: 'Ana',
      nodeIds: [ids['Take payments']],
    });
    await expect(
      t.call('tolerances.save', { serviceId: svc.id, label: 'Time', maxDisruptionMinutes: 0 }),
    ).rejects.toThrow(/The maximum time of disruption must be more than 0 minutes/);
    await expect(
      t.call('tolerances.save', { serviceId: 'nope', label: 'Time', maxDisruptionMinutes: 60 }),
    ).rejects.toThrow(/That important business service does not exist/);
    expect((await overview()).services[0]!.tolerances).toEqual([]);
    await expect(
      t.call('scenarios.save', { name: 'Nothing', source: 'near-miss', failures: [] }),
    ).rejects.toThrow(/A scenario must name at least one thing that fails/);
  });

  it('computes the matrix from the workspace: 30 + 60 + 90 = 180 min breaches a 150-minute tolerance', async () => {
    const svc = await t.call<ServiceView>('services.save', {
      name: 'Payments',
      owner: 'Ana',
      customers: 'Retail customers',
      nodeIds: [ids['Take payments']],
    });
    await t.call('tolerances.save', {
      serviceId: svc.id,
      label: 'Time',
      maxDisruptionMinutes: 150,
      customersAffected: 10_000,
      rationale: 'Card payments fail over to the fallback provider after 2.5 h.',
    });
    const { id: scenarioId } = await t.call<{ id: string }>('scenarios.save', {
      name: 'Ledger corruption',
      source: 'sector-event',
      assumptions: 'Backups are intact.',
      failures: [{ type: 'node', nodeId: ids['Ledger DB'] }],
    });
    const input = await t.call<MatrixInput>('resilience.matrixInput', {});
    const cell = scenarioMatrix(input).scenarios[0]!.cells[0]!;
    expect(cell).toMatchObject({ scenarioId, serviceId: svc.id, status: 'breach', achievableMinutes: 180 });
    expect(cell.path.map((p) => p.name)).toEqual(['Take payments', 'Payments API', 'Ledger DB']);
    const o = await overview();
    expect(o.services[0]!.toleranceMinutes).toBe(150);
    expect(o.scenarios[0]!.failureLabels).toEqual(['datastore: Ledger DB']);
  });

  it('lists never-reviewed records as due, and a recorded review makes them current', async () => {
    const svc = await t.call<ServiceView>('services.save', { name: 'Payments', owner: 'Ana', nodeIds: [] });
    expect((await overview()).reviews.map((r) => [r.kind, r.state])).toContainEqual([
      'service',
      'never-reviewed',
    ]);
    await t.call('reviews.record', { kind: 'service', id: svc.id });
    await t.call('reviews.record', { kind: 'bia', id: ids['Take payments'], intervalDays: 180 });
    const o = await overview();
    expect(o.services[0]!.review.state).toBe('current');
    expect(o.reviews.find((r) => r.id === ids['Take payments'])).toBeUndefined();
  });

  it('a DR test can name a scenario; the scenario lists it, and an unknown scenario is refused', async () => {
    const { id: scenarioId } = await t.call<{ id: string }>('scenarios.save', {
      name: 'Ledger corruption',
      source: 'previous-incident',
      failures: [{ type: 'node', nodeId: ids['Ledger DB'] }],
    });
    const test = await t.call<{ plan: { id: string } }>('drtests.save', {
      name: 'Ledger tabletop',
      type: 'tabletop',
      scopeNodeIds: [ids['Ledger DB']],
    });
    await expect(t.call('scenarios.linkTest', { testId: test.plan.id, scenarioId: 'nope' })).rejects.toThrow(
      /That scenario does not exist/,
    );
    expect((await overview()).scenarios[0]!.tests).toEqual([]);
    await t.call('scenarios.linkTest', { testId: test.plan.id, scenarioId });
    expect((await overview()).scenarios[0]!.tests).toMatchObject([
      { testId: test.plan.id, name: 'Ledger tabletop', status: 'planned', outcomes: [] },
    ]);
  });
});
