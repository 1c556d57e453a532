// The demo's self-assessment: the clause coverage generated from its records, each requirement's
// status as the demo's data makes it, and the table in the PDF and the workbook.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDir } from '../../electron/core/app/data-dir';
import { identityPackSigner } from '../../electron/core/app/signers';
import type { Workspace } from '../../electron/core/app/workspace';
import { buildDemoWorkspace } from '../../electron/core/demo';
import { loadEvidence } from '../../electron/core/domains/evidence/gather';
import { writePack } from '../../electron/core/domains/evidence/pack';
import { handlers } from '../../electron/core/handlers';
import { coverageEvidence } from '../../electron/core/reports/coverage-evidence';
import { createIdentity } from '../../electron/core/trust/identity-file';
import { tempDir } from '../fixtures/session';

describe('demo self-assessment', () => {
  const dir = tempDir();
  const dataDir = new DataDir(join(dir.path, 'data'));
  const now = new Date('2026-11-01T09:00:00Z');
  const actor = { name: 'Pat Packer', role: 'Auditor' };
  let ws: Workspace;
  let signer: ReturnType<typeof identityPackSigner>;
  beforeAll(async () => {
    ws = await buildDemoWorkspace(join(dir.path, 'demo.steadfast'), dataDir, now, handlers);
    signer = identityPackSigner(
      createIdentity({ ...actor, passphrase: 'pack pass' }, now, { N: 1024, r: 8, p: 1 }).unlocked,
    );
  }, 120_000);
  afterAll(() => {
    ws.close();
    dir.cleanup();
  });

  it('assesses each requirement from the demo records', () => {
    const e = loadEvidence(ws, dataDir, {
      scope: { kind: 'workspace' },
      packFiles: [],
      preparedBy: signer,
      at: now,
      appVersion: 'test',
    });
    const rows = coverageEvidence(e);
    const status = Object.fromEntries(rows.map((r) => [r.id, r.status]));
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(status).toEqual({
      'ss121-services': 'met',
      'ss121-tolerances': 'met',
      'ss121-mapping': 'met',
      // The demo's three scenarios have no completed test yet: a gap, not a pass.
      'ss121-scenarios': 'gap',
      'ss121-vulnerabilities': 'met',
      'ss121-lessons': 'met',
      // Most processes on a third party still have a draft BIA.
      'dora-11-5': 'partly',
      'rts-24': 'met',
      'rts-25-switchover': 'met',
      'rts-25-26-third-party': 'gap',
      'iso-8-2-2-c': 'met',
      'iso-8-2-2-d': 'met',
      'iso-8-2-2-e': 'met',
      'iso-8-2-2-f': 'met',
    });
    expect(row('ss121-tolerances').evidence).toBe('3 tolerances, each with a rationale');
    expect(row('ss121-vulnerabilities').records).toEqual([
      'Core network outage × Bill customers and pay carriers',
    ]);
    expect(row('rts-25-switchover').records).toEqual(['FreightHub DR-site failover']);
    expect(row('dora-11-5').evidence).toBe('3 of 12 processes relying on a third party with an approved BIA');
    expect(row('ss121-scenarios').missing).toContain('Core network outage');
  });

  it('prints the table in the PDF and the workbook', async () => {
    const folder = join(process.env.COVERAGE_DUMP ?? dir.path, 'pack');
    mkdirSync(folder, { recursive: true });
    await writePack(ws, dataDir, {
      folder,
      pdf: 'evidence.pdf',
      xlsx: 'evidence.xlsx',
      scope: { kind: 'workspace' },
      preparedBy: signer,
      at: now,
      appVersion: 'test',
    });
    const text = execFileSync('pdftotext', ['-layout', join(folder, 'evidence.pdf'), '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('Self-assessment');
    expect(text).toMatch(/11 of 14 requirements met, 1 partly met, 2 gaps/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(folder, 'evidence.xlsx'));
    const sheet = wb.getWorksheet('Clause coverage')!;
    const statuses = sheet
      .getSheetValues()
      .flatMap((r) =>
        Array.isArray(r) && ['met', 'partly', 'gap'].includes(String(r[4])) ? [String(r[4])] : [],
      );
    expect(statuses).toHaveLength(14);
    expect(statuses.filter((s) => s === 'gap')).toHaveLength(2);
  }, 120_000);
});
