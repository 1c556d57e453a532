import { describe, expect, it } from 'vitest';
import { assessCoverage, type CoverageInput, type CoverageRow } from '../../../../shared/domain/resilience';

type P = CoverageInput['processes'][number];
type T = CoverageInput['tests'][number];

const proc = (name: string, o: Partial<P> = {}): P => ({
  name,
  biaApproved: true,
  ratedBuckets: 3,
  mtdMinutes: 240,
  mbco: '50% of volume',
  dependencies: 2,
  thirdParties: ['Cloudco'],
  ...o,
});
const test = (name: string, o: Partial<T> = {}): T => ({
  name,
  status: 'completed',
  completedAt: '2026-06-01T00:00:00.000Z',
  switchover: false,
  thirdPartyFailure: false,
  ...o,
});

/** Every requirement met. */
const full = (): CoverageInput => ({
  at: '2026-12-08T00:00:00.000Z',
  services: [
    {
      name: 'Payments',
      why: 'Retail customers pay bills',
      footprintCount: 4,
      tolerances: [{ label: 'Outage', rationale: 'Harm after 4 h' }],
    },
    {
      name: 'Cards',
      why: 'Card authorisations',
      footprintCount: 2,
      tolerances: [{ label: 'Outage', rationale: 'Market harm' }],
    },
    {
      name: 'Lending',
      why: 'Loan servicing',
      footprintCount: 3,
      tolerances: [{ label: 'Outage', rationale: 'Consumer harm' }],
    },
  ],
  scenarios: [{ name: 'Cloud outage', assumptions: 'Whole region', completedTests: 1 }],
  matrix: { cells: 3, breaches: ['Cloud outage × Payments'] },
  openFindings: [{ title: 'Add a second region', owner: 'Ana', dueDate: '2027-01-01' }],
  reviews: [{ name: 'INC-1 review', actions: 2 }],
  testFindings: 1,
  processes: [proc('Settle'), proc('Authorise')],
  providers: [{ name: 'Cloudco', linkedNodes: 2 }],
  tests: [test('Failover', { switchover: true }), test('Cloudco down', { thirdPartyFailure: true })],
});

const empty = (): CoverageInput => ({
  at: '2026-12-08T00:00:00.000Z',
  services: [],
  scenarios: [],
  matrix: { cells: 0, breaches: [] },
  openFindings: [],
  reviews: [],
  testFindings: 0,
  processes: [],
  providers: [],
  tests: [],
});

function row(input: CoverageInput, id: string): CoverageRow {
  const r = assessCoverage(input).find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
}

const IDS = [
  'ss121-services',
  'ss121-tolerances',
  'ss121-mapping',
  'ss121-scenarios',
  'ss121-vulnerabilities',
  'ss121-lessons',
  'dora-11-5',
  'rts-24',
  'rts-25-switchover',
  'rts-25-26-third-party',
  'iso-8-2-2-c',
  'iso-8-2-2-d',
  'iso-8-2-2-e',
  'iso-8-2-2-f',
];

describe('clause coverage', () => {
  it('lists every requirement once, in order', () => {
    expect(assessCoverage(full()).map((r) => r.id)).toEqual(IDS);
  });

  it('marks every requirement met when every record is there, naming the evidence', () => {
    for (const r of assessCoverage(full())) {
      expect({ id: r.id, status: r.status, missing: r.missing }).toEqual({
        id: r.id,
        status: 'met',
        missing: '',
      });
    }
    expect(row(full(), 'ss121-tolerances').evidence).toBe('3 tolerances, each with a rationale');
    expect(row(full(), 'ss121-services').records).toEqual(['Payments', 'Cards', 'Lending']);
    expect(row(full(), 'rts-25-switchover').records).toEqual(['Failover']);
  });

  it('shows a requirement with no evidence as a gap, never met', () => {
    for (const r of assessCoverage(empty())) {
      expect({ id: r.id, status: r.status }).toEqual({ id: r.id, status: 'gap' });
      expect(r.missing).not.toBe('');
    }
  });

  it('services: partly when one does not say why', () => {
    const c = full();
    c.services[1]!.why = ' ';
    const r = row(c, 'ss121-services');
    expect(r.status).toBe('partly');
    expect(r.missing).toBe('1 of 3 services do not say why they are important: Cards');
  });

  it('tolerances: partly when rationales are missing or a service has none; gap when all lack rationale', () => {
    const c = full();
    c.services[0]!.tolerances[0]!.rationale = '';
    c.services[1]!.tolerances[0]!.rationale = '';
    const r = row(c, 'ss121-tolerances');
    expect(r.status).toBe('partly');
    expect(r.missing).toBe('2 of 3 tolerances have no rationale: Payments: Outage, Cards: Outage');
    const d = full();
    d.services[2]!.tolerances = [];
    expect(row(d, 'ss121-tolerances').status).toBe('partly');
    expect(row(d, 'ss121-tolerances').missing).toContain('1 of 3 services have no tolerance: Lending');
    const g = full();
    for (const s of g.services) s.tolerances[0]!.rationale = '';
    expect(row(g, 'ss121-tolerances').status).toBe('gap');
  });

  it('mapping: partly when a service has no footprint, gap when none has', () => {
    const c = full();
    c.services[0]!.footprintCount = 0;
    expect(row(c, 'ss121-mapping').status).toBe('partly');
    for (const s of c.services) s.footprintCount = 0;
    expect(row(c, 'ss121-mapping').status).toBe('gap');
  });

  it('scenarios: partly when one is untested', () => {
    const c = full();
    c.scenarios.push({ name: 'Staff loss', assumptions: '40% absent', completedTests: 0 });
    expect(row(c, 'ss121-scenarios').status).toBe('partly');
    expect(row(c, 'ss121-scenarios').missing).toContain('Staff loss');
  });

  it('vulnerabilities: partly when a breach has no remediation or a finding has no owner', () => {
    const c = full();
    c.openFindings = [];
    expect(row(c, 'ss121-vulnerabilities').status).toBe('partly');
    expect(row(c, 'ss121-vulnerabilities').missing).toBe(
      '1 breach with no remediation recorded as a finding',
    );
    const d = full();
    d.openFindings.push({ title: 'Patch DNS', owner: '', dueDate: null });
    expect(row(d, 'ss121-vulnerabilities').status).toBe('partly');
    const e = full();
    e.matrix = { cells: 0, breaches: [] };
    expect(row(e, 'ss121-vulnerabilities').status).toBe('gap');
  });

  it('lessons: partly when a review records no action', () => {
    const c = full();
    c.reviews.push({ name: 'INC-2 review', actions: 0 });
    expect(row(c, 'ss121-lessons').status).toBe('partly');
  });

  it('DORA Art. 11(5): partly when a process on a third party lacks an approved BIA or a provider is unlinked', () => {
    const c = full();
    c.processes[0]!.biaApproved = false;
    expect(row(c, 'dora-11-5').status).toBe('partly');
    const d = full();
    d.providers.push({ name: 'Telco', linkedNodes: 0 });
    expect(row(d, 'dora-11-5').status).toBe('partly');
    expect(row(d, 'dora-11-5').missing).toContain('Telco');
    const g = full();
    for (const p of g.processes) p.thirdParties = [];
    expect(row(g, 'dora-11-5').status).toBe('gap');
  });

  it('RTS tests: partly when planned or older than a year, gap when none', () => {
    const c = full();
    c.tests = [test('Failover', { switchover: true, completedAt: '2025-01-01T00:00:00.000Z' })];
    expect(row(c, 'rts-24').status).toBe('partly');
    expect(row(c, 'rts-25-switchover').status).toBe('partly');
    expect(row(c, 'rts-25-26-third-party').status).toBe('gap');
    const d = full();
    d.tests = [test('Cloudco down', { thirdPartyFailure: true, status: 'planned', completedAt: null })];
    expect(row(d, 'rts-25-26-third-party').status).toBe('partly');
    expect(row(d, 'rts-25-26-third-party').evidence).toBe(
      '1 third-party failure test planned or run, none completed in the last year',
    );
  });

  it('ISO 22301 §8.2.2: partly per process missing impacts over time, MTD, MBCO or dependencies', () => {
    const c = full();
    c.processes.push(proc('Report', { ratedBuckets: 1, mtdMinutes: null, mbco: '', dependencies: 0 }));
    for (const id of ['iso-8-2-2-c', 'iso-8-2-2-d', 'iso-8-2-2-e', 'iso-8-2-2-f']) {
      expect(row(c, id).status).toBe('partly');
      expect(row(c, id).missing).toContain('Report');
    }
    const d = full();
    for (const p of d.processes) p.thirdParties = [];
    expect(row(d, 'iso-8-2-2-f').status).toBe('partly');
    expect(row(d, 'iso-8-2-2-f').missing).toBe('No supplier dependency recorded');
  });
});
