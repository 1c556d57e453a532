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
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { writePack } from '../../electron/core/domains/evidence/pack';
import { identityPackSigner } from '../../electron/core/app/signers';
import { createIdentity } from '../../electron/core/trust/identity-file';
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

  it('puts services, tolerances and the matrix with its breach into the PDF and the workbook', async () => {
    const folder = join(dir.path, 'pack');
    mkdirSync(folder);
    const actor = { name: 'Pat Packer', role: 'Auditor' };
    await writePack(ws, dataDir, {
      folder,
      pdf: 'evidence.pdf',
      xlsx: 'evidence.xlsx',
      scope: { kind: 'workspace' },
      preparedBy: identityPackSigner(
        createIdentity({ ...actor, passphrase: 'pack pass' }, now, { N: 1024, r: 8, p: 1 }).unlocked,
      ),
      at: now,
      appVersion: 'test',
    });
    const text = execFileSync('pdftotext', ['-layout', join(folder, 'evidence.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('Important business services and scenarios');
    expect(text).toContain('Bill customers and pay carriers');
    expect(text).toMatch(/Core network outage[\s\S]*breach/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(folder, 'evidence.xlsx'));
    const services = wb.getWorksheet('Services & tolerances')!;
    expect(services.rowCount - 1).toBe(3);
    const matrix = wb.getWorksheet('Scenario matrix')!;
    const breaches = matrix.getSheetValues().filter((r) => Array.isArray(r) && r[3] === 'breach');
    expect(breaches).toHaveLength(1);
  }, 120_000);
});
