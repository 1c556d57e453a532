// The release aggregate on a real SQLite file: releases, approvals, waivers and risk weights read
// back after a reopen; updates audit the row as it was and as it became; a material change withdraws
// standing approvals; lifecycle stamps; retired releases leave every read. Canary comparisons too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReleaseFields } from '../../../electron/core/store/releases';
import { storeFixture, type StoreFixture } from '../../fixtures/store';
import { auditSince, seedNode } from './seed';

let f: StoreFixture;
beforeEach(async () => {
  f = await storeFixture();
  seedNode(f.ws, 'svc-api', 'Booking API');
  seedNode(f.ws, 'svc-web', 'Website');
});
afterEach(() => f.cleanup());

const fields = (over: Partial<ReleaseFields> = {}): ReleaseFields => ({
  name: 'Booking 2.0',
  version: '2.0.0',
  nodeIds: ['svc-api'],
  windowStart: Date.parse('2026-04-01T10:00:00Z'),
  windowEnd: Date.parse('2026-04-01T11:00:00Z'),
  strategy: 'canary',
  changeType: 'normal',
  changeSize: 2,
  rollbackRunbookId: null,
  owner: 'Olga Owner',
  committedAt: null,
  ...over,
});

describe('store: releases', () => {
  it('a created release reads back after reopen, typed: ids as an array, instants as numbers', async () => {
    const w = f.w();
    const id = f.ws.write(w, (s) => s.releases.create(w, fields()));
    const ws = await f.reopen();
    const row = ws.store.releases.get(id);
    expect(row).toMatchObject({ ...fields(), id, status: 'planned', deployedAt: null, retiredAt: null });
    expect(row.nodeIds).toEqual(['svc-api']);
    expect(ws.store.releases.list().map((r) => r.id)).toEqual([id]);
    // The audit entry records the stored column values, as before the data layer.
    expect(auditSince(ws, 1)).toEqual([
      {
        action: 'release.create',
        entity: 'release',
        entityId: id,
        before: null,
        after: expect.objectContaining({ node_ids: '["svc-api"]', window_start: fields().windowStart }),
      },
    ]);
  });

  it('an update records the row as it was; a material change withdraws approvals, a rename does not', () => {
    let w = f.w();
    const id = f.ws.write(w, (s) => s.releases.create(w, fields()));
    w = f.w();
    f.ws.write(w, (s) => s.releases.approve(w, s.releases.get(id), 'Ari Approver', () => true));
    expect(f.ws.store.releases.get(id).status).toBe('approved');

    const seq = f.ws.store.audit.head().seq;
    w = f.w();
    f.ws.write(w, (s) => s.releases.update(w, s.releases.get(id), fields({ name: 'Booking 2.0 GA' })));
    const renamed = auditSince(f.ws, seq);
    expect(renamed.map((e) => e.action)).toEqual(['release.update']);
    expect(renamed[0]!.before).toMatchObject({
      name: 'Booking 2.0',
      status: 'approved',
      node_ids: '["svc-api"]',
    });
    expect(f.ws.store.releases.approvals(id).map((a) => a.approver)).toEqual(['Ari Approver']);

    const seq2 = f.ws.store.audit.head().seq;
    w = f.w();
    const before = f.ws.store.releases.get(id);
    f.ws.write(w, (s) =>
      s.releases.update(w, before, fields({ name: 'Booking 2.0 GA', nodeIds: ['svc-api', 'svc-web'] })),
    );
    expect(auditSince(f.ws, seq2).map((e) => [e.action, e.after])).toEqual([
      ['release.update', expect.objectContaining({ node_ids: '["svc-api","svc-web"]' })],
      [
        'release.approvals.withdrawn',
        { status: 'planned', reason: 'the release changed after it was approved' },
      ],
    ]);
    expect(f.ws.store.releases.get(id).status).toBe('planned');
    expect(f.ws.store.releases.approvals(id)).toEqual([]);
  });

  it('approval counts only when met says so; transitions stamp their times; override and retire', async () => {
    let w = f.w();
    const id = f.ws.write(w, (s) => s.releases.create(w, fields({ changeType: 'emergency' })));
    w = f.w();
    let counted = -1;
    f.ws.write(w, (s) =>
      s.releases.approve(w, s.releases.get(id), 'Ari Approver', () => {
        counted = s.releases.approvals(id).length;
        return false;
      }),
    );
    expect(counted).toBe(1);
    expect(f.ws.store.releases.get(id).status).toBe('planned');

    w = f.w();
    f.ws.write(w, (s) => s.releases.transition(w, s.releases.get(id), 'in-progress', w.now.getTime()));
    const rolledBackAt = Date.parse('2026-04-01T10:40:00Z');
    w = f.w();
    f.ws.write(w, (s) => s.releases.transition(w, s.releases.get(id), 'rolled-back', rolledBackAt));
    w = f.w();
    f.ws.write(w, (s) => s.releases.override(w, s.releases.get(id), 'customer outage', 'Ari Approver'));

    const ws = await f.reopen();
    expect(ws.store.releases.get(id)).toMatchObject({
      status: 'rolled-back',
      restoredAt: rolledBackAt,
      // A rollback records the restore only: no made-up failure time (issue 13 item 13).
      failureDetectedAt: null,
      overrideJustification: 'customer outage',
      overrideBy: 'Ari Approver',
    });
    w = f.w();
    ws.write(w, (s) => s.releases.retire(w, s.releases.get(id)));
    expect(ws.store.releases.list()).toEqual([]);
    expect(() => ws.store.releases.get(id)).toThrow(/does not exist \(or was retired\)/);
  });

  it('finds a release by id or unique name, and says when a name is ambiguous or unknown', () => {
    const w = f.w();
    const a = f.ws.write(w, (s) => s.releases.create(w, fields({ name: 'Twin' })));
    expect(f.ws.store.releases.findId(a)).toBe(a);
    expect(f.ws.store.releases.findId('Twin')).toBe(a);
    f.ws.write(w, (s) => s.releases.create(w, fields({ name: 'Twin' })));
    expect(() => f.ws.store.releases.findId('Twin')).toThrow(/2 releases are named "Twin"/);
    expect(() => f.ws.store.releases.findId('Nope')).toThrow(/No release has the id or name "Nope"/);
  });

  it('waivers and risk weights read back after reopen; the weights audit holds the whole set', async () => {
    let w = f.w();
    const id = f.ws.write(w, (s) => s.releases.create(w, fields()));
    w = f.w();
    const waiverId = f.ws.write(w, (s) =>
      s.releases.addWaiver(w, id, { checkId: 'dr-test', justification: 'tested last week', approver: 'Ari' }),
    );
    const defaults = f.ws.store.releases.riskWeights();
    w = f.w();
    f.ws.write(w, (s) => s.releases.setRiskWeights(w, { tier: 0.5 }));
    w = f.w();
    f.ws.write(w, (s) => s.releases.setRiskWeights(w, { tier: 0.6, blastRadius: 0.1 }));

    const ws = await f.reopen();
    expect(ws.store.releases.waivers(id)).toEqual([
      {
        id: waiverId,
        checkId: 'dr-test',
        justification: 'tested last week',
        approver: 'Ari',
        at: expect.any(String),
      },
    ]);
    expect(ws.store.releases.riskWeights()).toEqual({ ...defaults, tier: 0.6, blastRadius: 0.1 });
    const last = ws.store.audit.list(1, 0).entries[0]!;
    expect(last).toMatchObject({
      action: 'risk.weights',
      before: { ...defaults, tier: 0.5 },
      after: { ...defaults, tier: 0.6, blastRadius: 0.1 },
    });
  });

  it('knows which services are live and names retired ones still', () => {
    seedNode(f.ws, 'svc-old', 'Old mainframe', true);
    expect(f.ws.store.releases.isLiveNode('svc-api')).toBe(true);
    expect(f.ws.store.releases.isLiveNode('svc-old')).toBe(false);
    expect(f.ws.store.releases.isLiveNode('nothing')).toBe(false);
    expect(f.ws.store.releases.nodeNames().get('svc-old')).toBe('Old mainframe');
  });
});

describe('store: canary', () => {
  it('a comparison reads back after reopen with its metrics in import order, flags and samples typed', async () => {
    let w = f.w();
    const releaseId = f.ws.write(w, (s) => s.releases.create(w, fields()));
    w = f.w();
    const id = f.ws.write(w, (s) =>
      s.canary.import(w, { releaseId, name: 'Canary 1', passThreshold: 90, marginalThreshold: 75 }, [
        {
          name: 'latency',
          direction: 'higher-is-worse',
          tolerance: 0.1,
          critical: false,
          baseline: [1, 2],
          canary: [1.5],
        },
        {
          name: 'errors',
          direction: 'higher-is-worse',
          tolerance: 0.2,
          critical: true,
          baseline: [0],
          canary: [0, 0.5],
        },
      ]),
    );
    const ws = await f.reopen();
    expect(ws.store.canary.list(releaseId).map((c) => c.id)).toEqual([id]);
    expect(ws.store.canary.list('other')).toEqual([]);
    expect(ws.store.canary.metrics(id).map((m) => [m.name, m.critical, m.baseline, m.canary])).toEqual([
      ['latency', false, [1, 2], [1.5]],
      ['errors', true, [0], [0, 0.5]],
    ]);
    expect(ws.store.audit.list(1, 0).entries[0]).toMatchObject({
      action: 'canary.import',
      entityId: releaseId,
      after: { comparisonId: id, name: 'Canary 1', metrics: ['latency', 'errors'] },
    });
  });
});
