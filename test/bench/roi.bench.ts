// The DORA Register of Information for 5,000 contracts (500 providers, 1,000 sub-contracting links,
// 200 business functions over 500 vendor nodes): building and validating the templates from the
// store and the BIA, then writing the xBRL-CSV package.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leiCheckDigits } from '../../shared/domain/thirdparty/lei';
import { measure, type BenchFigure } from './harness';

const PROCESSES = 200;
const VENDORS = 500;
const CONTRACTS = 5_000;

const lei = (i: number) => {
  const base = `5493${String(i).padStart(14, '0')}`;
  return `${base}${leiCheckDigits(base)}`;
};

export async function run(): Promise<BenchFigure[]> {
  const { DataDir } = await import('../../electron/core/app/data-dir');
  const { Workspace } = await import('../../electron/core/app/workspace');
  const { workspaceRoi } = await import('../../electron/core/domains/thirdparties/roi');
  const { writeRoiPackage } = await import('../../electron/core/reports/roi/package');
  const dir = mkdtempSync(join(tmpdir(), 'steadfast-bench-roi-'));
  let t = Date.parse('2026-06-01T09:00:00Z');
  const w = () => ({ actor: { name: 'Bench', role: 'BCM lead' }, now: new Date((t += 1000)) });
  const ws = await Workspace.create(
    join(dir, 'roi.steadfast'),
    'RoI bench',
    new DataDir(join(dir, 'data')),
    w(),
  );
  try {
    const wc = w();
    ws.write(wc, (s) => {
      const audit = [];
      const node = (kind: 'process' | 'vendor', name: string) => {
        const r = s.nodes.save(wc, {
          kind,
          name,
          owner: '',
          department: '',
          description: '',
          tierId: null,
          rtoMinutes: kind === 'vendor' ? 240 : null,
          rpoMinutes: null,
          restoreMinutes: null,
        });
        audit.push(...r.audit);
        return r.value;
      };
      const processes = Array.from({ length: PROCESSES }, (_, i) => node('process', `Function ${i}`));
      const vendors = Array.from({ length: VENDORS }, (_, i) => node('vendor', `Vendor ${i}`));
      for (const [i, p] of processes.entries())
        for (let k = 0; k < 3; k++) {
          const e = s.nodes.saveEdge(wc, {
            consumerId: p,
            providerId: vendors[(i * 7 + k * 131) % VENDORS]!,
            hard: true,
            groupId: null,
            notes: '',
          });
          audit.push(...e.audit);
        }
      audit.push(
        ...s.thirdParties.saveEntity(wc, {
          lei: lei(999_999),
          name: 'Bench Bank',
          country: 'DE',
          entityType: 'eba_CT:x12',
          competentAuthority: 'BaFin',
          currency: 'EUR',
        }).audit,
      );
      const providers = vendors.map((v, i) => {
        const r = s.thirdParties.saveProvider(wc, undefined, {
          name: `Provider ${i}`,
          lei: lei(i),
          country: 'IE',
          nodeIds: [v],
          substitutability: 'medium',
          lastAuditDate: '2025-03-01',
        });
        audit.push(...r.audit);
        return r.value;
      });
      const contracts: string[] = [];
      for (let i = 0; i < CONTRACTS; i++) {
        const r = s.thirdParties.saveContract(wc, undefined, {
          reference: `C-${i}`,
          providerId: providers[i % VENDORS]!,
          serviceType: 'S19',
          nodeIds: [vendors[i % VENDORS]!],
          startDate: '2024-01-01',
          endDate: '2028-12-31',
          governingLaw: 'IE',
          provisionCountry: 'IE',
          storesData: true,
          storageCountry: 'IE',
          processingCountry: 'IE',
          dataSensitivity: 'medium',
          annualCost: 10_000,
          currency: 'EUR',
        });
        audit.push(...r.audit);
        contracts.push(r.value);
      }
      for (let i = 0; i < 1_000; i++)
        audit.push(
          ...s.thirdParties.saveLink(wc, undefined, {
            contractId: contracts[i * 5]!,
            providerId: providers[(i * 13 + 1) % VENDORS]!,
            recipientId: providers[(i * 5) % VENDORS]!,
            rank: 2,
          }).audit,
        );
      return { value: null, audit };
    });
    const now = new Date('2027-01-15T00:00:00Z');
    const report = workspaceRoi(ws.store, now, '2026-12-31');
    if (report.problems.length > 0)
      throw new Error(`the bench register has problems: ${report.problems[0]!.message}`);
    const rows = report.tables.reduce((n, x) => n + x.rows.length, 0);
    const out = join(dir, 'roi.zip');
    return [
      await measure(
        'RoI: build and validate, 5,000 contracts',
        () => workspaceRoi(ws.store, now, '2026-12-31'),
        {
          iterations: 3,
          note: `${rows.toLocaleString('en-GB')} rows in 15 templates`,
        },
      ),
      await measure(
        'RoI: write the xBRL-CSV package, 5,000 contracts',
        () => writeRoiPackage(out, report, now),
        {
          iterations: 3,
        },
      ),
      await measure(
        'RoI: export end to end (build, validate, write)',
        () => writeRoiPackage(out, workspaceRoi(ws.store, now, '2026-12-31'), now),
        { iterations: 3, note: `${(statSync(out).size / 1024).toFixed(0)} KB zip` },
      ),
    ];
  } finally {
    ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
