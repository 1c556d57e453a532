import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../electron/core/demo';
import { handlers } from '../../electron/core/handlers';
import { DataDir } from '../../electron/core/app/data-dir';
import { verifyWorkspaceChain } from '../../electron/core/domains/audit/verify';
import { objectivesOverview } from '../../electron/core/domains/objectives/overview';
import { loadGraphInput } from '../../electron/core/domains/graph/input';
import { deriveEveryProcess, processObjectives } from '../../electron/core/domains/bia/read-all';
import type { Workspace } from '../../electron/core/app/workspace';
import { gateFor } from '../../electron/core/domains/releases/gate-read';
import { listCanaries } from '../../electron/core/domains/releases/canary-read';
import { toDomainRelease } from '../../electron/core/domains/releases/views';
import { sloView } from '../../electron/core/domains/releases/slo-read';
import { allConflicts } from '../../electron/core/domains/releases/calendar-read';
import { releaseGraph } from '../../electron/core/domains/releases/readiness-graph';
import { changeFailureRate } from '../../shared/domain/release';
import { exceptionStatus } from '../../shared/domain/exceptions';
import { analyze } from '../../shared/domain/graph';
import { RUNBOOK_TEMPLATES } from '../../shared/domain/runbook';
import { runbookDetail, runbookList } from '../../electron/core/domains/runbooks/read';
import { drTestDetail, overdue } from '../../electron/core/domains/drtests/read';
import { tempDir } from '../fixtures/session';

describe('demo workspace (Meridian Freight)', () => {
  const dir = tempDir();
  const dataDir = new DataDir(join(dir.path, 'data'));
  let ws: Workspace;
  beforeAll(async () => {
    ws = await buildDemoWorkspace(
      join(dir.path, 'demo.steadfast'),
      dataDir,
      new Date('2026-11-01T09:00:00Z'),
      handlers,
    );
    // About 900 audited writes: a few seconds alone, much longer while e2e tests load both cores.
  }, 120_000);
  afterAll(() => {
    ws.close();
    dir.cleanup();
  });

  it('has twelve processes in four departments with complete BIAs, three approved', () => {
    const o = objectivesOverview(ws.store);
    expect(o.rows).toHaveLength(12);
    expect(new Set(o.rows.map((r) => r.department)).size).toBe(4);
    expect(
      o.rows
        .filter((r) => r.status === 'approved')
        .map((r) => r.name)
        .sort(),
    ).toEqual(['Customer billing', 'Customs declarations', 'Freight booking']);
    // Complete: every process has an MTD and a tier.
    for (const r of o.rows) {
      expect(r.mtd, r.name).not.toBeNull();
      expect(r.tierName, r.name).not.toBeNull();
    }
  });

  it('shows each kind of conflict, and exactly two RTO inversions', () => {
    const codes = objectivesOverview(ws.store).conflicts.map((c) => `${c.processName}: ${c.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'Warehouse dispatch: rto-plus-wrt-exceeds-mtd',
        'Dangerous goods compliance: tier-rto-exceeds-rto',
        'Claims handling: falling-rating',
        'Customs declarations: rto-inversion',
        'Contact-centre telephony: rto-inversion',
      ]),
    );
    expect(codes.filter((c) => c.endsWith('rto-inversion'))).toHaveLength(2);
  });

  it('gives the graph analysis something to show: ~40 resources, redundancy, a SPOF and a cycle', () => {
    const all = deriveEveryProcess(ws.store);
    const input = loadGraphInput(ws.store, processObjectives(all), all.registers.tiers);
    expect(input.nodes.filter((n) => n.kind !== 'process')).toHaveLength(40);
    expect(input.edges.length).toBeGreaterThanOrEqual(80);
    expect(input.edges.some((e) => e.groupId)).toBe(true);
    const a = analyze(input);
    expect(a.cycles.map((c) => c.members.map((m) => m.name).sort())).toEqual([
      ['Directory DB', 'Directory service', 'Identity provider (SSO)'],
    ]);
    expect(a.singlePointsOfFailure.map((s) => s.name)).toContain('Identity provider (SSO)');
    // Redundant pairs are not SPOFs on their own.
    expect(a.singlePointsOfFailure.map((s) => s.name)).not.toContain('Bookings DB (replica)');
  });

  it('has a runbook per template, approved by someone other than the author, and one revised', () => {
    const rows = runbookList(ws);
    expect(new Set(rows.map((r) => r.templateId))).toEqual(new Set(RUNBOOK_TEMPLATES.map((t) => t.id)));
    const approved = rows.filter((r) => r.approved);
    expect(approved.length).toBeGreaterThanOrEqual(5);
    for (const r of approved) {
      const v = runbookDetail(ws, r.id, r.approved!.id).version;
      expect(v.approvedBy, r.name).not.toBe(v.authorName);
    }
    expect(rows.map((r) => r.latest.status)).toEqual(expect.arrayContaining(['draft', 'in_review']));
    const canary = rows.find((r) => r.templateId === 'canary')!;
    expect(canary).toMatchObject({ latest: { version: 2, status: 'draft' }, approved: { version: 1 } });
    // Every runbook with a target RTO shows a chance of meeting it.
    for (const r of rows) expect(r.pMeetRto, r.name).not.toBeNull();
  });

  it('has three DR tests: one passed (proving capability), one failed with findings, one planned and overdue', () => {
    const now = Date.parse('2026-11-01T09:00:00Z');
    const tests = (ws.db.prepare('SELECT id FROM dr_test ORDER BY name').pluck().all() as string[]).map(
      (id) => drTestDetail(ws, id, now),
    );
    const by = (verdict: string | null, status: string) =>
      tests.filter((t) => t.plan.verdict === verdict && t.plan.status === status);
    expect(tests).toHaveLength(3);
    const [passed] = by('pass', 'completed');
    const [failed] = by('fail', 'completed');
    const [planned] = by(null, 'planned');
    const wms = passed!.plan.scopeNodeIds[0]!;
    expect(passed!.result!.nodes[0]!.rtcMinutes!).toBeLessThan(passed!.result!.nodes[0]!.rtoMinutes);
    expect(ws.db.prepare('SELECT proven_minutes FROM node WHERE id = ?').pluck().get(wms)).toBeGreaterThan(0);
    expect(failed!.result!.nodes[0]!.gapMinutes!).toBeGreaterThan(0);
    expect(failed!.result!.timeline.every((r) => r.actualFinish !== undefined)).toBe(true);
    const open = failed!.findings.filter((f) => f.status !== 'closed');
    expect(open.filter((f) => f.severity === 'critical')).toHaveLength(1);
    expect(failed!.findings.length).toBeGreaterThan(open.length);
    expect(Date.parse(planned!.plan.scheduledAt!)).toBeLessThan(now);
    const late = overdue(ws, now).map((o) => o.nodeId);
    expect(late).toContain(planned!.plan.scopeNodeIds[0]);
    expect(late).not.toContain(wms);
  });

  it('has three months of releases: one rolled back, one planned into a freeze, SLOs and a canary', () => {
    const now = Date.parse('2026-11-01T09:00:00Z');
    const releases = ws.store.releases.list().map(toDomainRelease);
    expect(releases).toHaveLength(11);
    const span =
      Math.max(...releases.map((r) => r.window.end)) - Math.min(...releases.map((r) => r.window.start));
    expect(span / 86_400_000).toBeGreaterThan(85);
    expect(releases.filter((r) => r.status === 'rolled-back').map((r) => r.name)).toEqual([
      'LedgerOne schema v19',
    ]);
    const cfr = changeFailureRate(releases, { start: now - 100 * 86_400_000, end: now });
    expect(cfr).toMatchObject({ failed: 1, deployed: 8 });
    const conflicts = allConflicts(ws.store, releaseGraph(ws));
    expect(conflicts.find((c) => c.kind === 'freeze')!.message).toMatch(/Tracking 2\.5.*Peak season freeze/);
    expect(releases.find((r) => r.name === 'CRM security fix')!.override!.justification).toMatch(/exploited/);
    const slos = ws.store.slos.list().map((r) => sloView(ws.store, r, now));
    expect(slos).toHaveLength(5);
    for (const slo of slos) expect(slo.measurementCount, slo.name).toBe(30);
    expect(slos.filter((x) => !x.budget.meetsPolicy).map((x) => x.name)).toEqual(['Portal availability']);
    const canary = listCanaries(ws.store);
    expect(canary).toHaveLength(1);
    expect(canary[0]!.result.verdict).toBe('pass');
    const freightHub = releases.find((r) => r.name === 'FreightHub 4.14')!;
    const gate = gateFor(ws, freightHub.id, now);
    expect(gate.checks.find((c) => c.id === 'approvals')!.status).toBe('pass');
    expect(gate.checks.find((c) => c.id === 'canary')!.status).toBe('pass');
  });

  it('has two accepted exceptions, one lapsed, and a pre-mortem on its high-risk release', () => {
    const now = Date.parse('2026-11-01T09:00:00Z');
    const register = ws.store.exceptions.list();
    expect(register.map((e) => [e.conflictKind, exceptionStatus(e, now), e.owner, e.acceptedBy])).toEqual([
      ['rto-inversion', 'expired', 'Grace Okafor', 'Grace Okafor'],
      ['cannot-meet-rto', 'accepted', 'Grace Okafor', 'Grace Okafor'],
    ]);
    const big = ws.store.releases.list().find((r) => r.name === 'FreightHub 5.0')!;
    const gate = gateFor(ws, big.id, now);
    expect(gate.risk.level).toBe('high');
    expect(gate.checks.find((c) => c.id === 'premortem')).toMatchObject({
      status: 'pass',
      reason: 'High risk. Its pre-mortem lists 3 failure modes.',
    });
    expect(ws.store.exceptions.failureModes(big.id).map((m) => m.triggerMetric)).toEqual([
      'error-rate',
      'latency',
      'business',
    ]);
  });

  it('has an intact audit chain', () => {
    expect(verifyWorkspaceChain(ws.store, ws.id, dataDir)).toMatchObject({ ok: true });
  });
});
