// Objectives' conflict list names every node that cannot meet its RTO, from the same analysis as
// the CLI and the PDF (issue 13 item 3).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  conflictFilter,
  gapFilter,
  type DependencyMap,
  type NodeView,
  type ObjectivesOverview,
} from '../../shared/contract';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.as('Ana Souza', 'BCM analyst');
  await t.call('workspace.create', { name: 'Gaps' });
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

describe("Objectives' conflicts", () => {
  it('list a process whose achievable recovery time exceeds its RTO, with its critical path', async () => {
    // Worked example: operational turns significant at 4 h → MTD 240; WRT 60 → RTO 180 (3 h).
    // The process takes 60 min of its own after the platform's 200: achievable 260 min, 80 over.
    const p = await t.call<NodeView>('nodes.save', {
      kind: 'process',
      name: 'Freight booking',
      restoreMinutes: 60,
    });
    const app = await t.call<NodeView>('nodes.save', {
      kind: 'application',
      name: 'Booking platform',
      restoreMinutes: 200,
    });
    await t.call('edges.save', { consumerId: p.id, providerId: app.id });
    await t.call('bia.rate', { processId: p.id, categoryId: 'operational', bucketId: '4h', severity: 3 });
    await t.call('bia.update', { processId: p.id, wrtMinutes: 60 });

    const o = await t.call<ObjectivesOverview>('objectives.overview');
    const gaps = o.conflicts.filter((c) => c.code === 'cannot-meet-rto');
    expect(gaps).toEqual([
      {
        processId: p.id,
        processName: 'Freight booking',
        subjectKind: 'process',
        code: 'cannot-meet-rto',
        severity: 'error',
        message:
          'Cannot meet its RTO. Freight booking can be back in 4 h 20 min: 1 h of its own after 3 h 20 min waiting for Booking platform (critical path Freight booking → Booking platform). That misses its RTO of 3 h by 1 h 20 min.',
        path: ['Freight booking', 'Booking platform'],
        key: `cannot-meet-rto:${p.id}`,
      },
    ]);
    // The same nodes the map's analysis (and the CLI and PDF) count as recovery gaps.
    const map = await t.call<DependencyMap>('graph.map');
    const keep = gapFilter({ conflicts: 'gaps' })!;
    expect(map.analysis.recoveryTimes.filter(keep).map((r) => r.id)).toEqual(gaps.map((g) => g.processId));
    // The home screen's "objective conflicts" figure keeps counting BIA conflicts only.
    expect(o.conflicts.filter(conflictFilter({ conflicts: 'objectives' })!)).toEqual([]);
  });
});
