// The demo's operational resilience: three services with tolerances, three scenarios, and exactly
// one scenario that breaches (a core network outage stops billing), with its breaching path.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../electron/core/demo';
import { handlers } from '../../electron/core/handlers';
import { DataDir } from '../../electron/core/app/data-dir';
import type { Workspace } from '../../electron/core/app/workspace';
import { matrixInput, resilienceOverview } from '../../electron/core/domains/resilience/read';
import { scenarioMatrix } from '../../shared/domain/resilience';
import { tempDir } from '../fixtures/session';

describe('demo operational resilience', () => {
  const dir = tempDir();
  const dataDir = new DataDir(join(dir.path, 'data'));
  const now = new Date('2026-11-01T09:00:00Z');
  let ws: Workspace;
  beforeAll(async () => {
    ws = await buildDemoWorkspace(join(dir.path, 'demo.steadfast'), dataDir, now, handlers);
  }, 120_000);
  afterAll(() => {
    ws.close();
    dir.cleanup();
  });

  it('has three services with tolerances and three scenarios, one of which breaches', () => {
    const o = resilienceOverview(ws.store, now);
    expect(o.services.map((s) => s.toleranceMinutes)).toEqual(expect.arrayContaining([480, 480, 720]));
    expect(o.scenarios).toHaveLength(3);
    const m = scenarioMatrix(matrixInput(ws.store, now));
    const name = new Map(o.scenarios.map((s) => [s.id, s.name]));
    const breaching = m.scenarios.filter((s) => s.cells.some((c) => c.status === 'breach'));
    expect(breaching.map((s) => name.get(s.scenarioId))).toEqual(['Core network outage']);
    const svc = new Map(o.services.map((s) => [s.id, s.name]));
    const cell = breaching[0]!.cells.find((c) => c.status === 'breach')!;
    expect(svc.get(cell.serviceId)).toBe('Bill customers and pay carriers');
    expect(cell.path.at(-1)!.name).toBe('Firewall pair');
    expect(cell.explanation).toContain('beyond its tolerance of 12 h');
  });
});
