// Clause coverage for the self-assessment (PRA SS1/21 §8.3, DORA Art. 11, RTS 2024/1774 Art. 24–26,
// ISO 22301 §8.2.2): for each requirement, the records that satisfy it and the ones missing. A
// requirement with no evidence at all is a gap, never met: "met" needs at least one record and none missing.

export type CoverageStatus = 'met' | 'partly' | 'gap';

export interface CoverageInput {
  /** The pack's date (ISO); a test counts for the annual programme when completed in the year before. */
  at: string;
  services: {
    name: string;
    /** Why it is important: the service's description (and customers served). */
    why: string;
    footprintCount: number;
    tolerances: { label: string; rationale: string }[];
  }[];
  scenarios: { name: string; assumptions: string; completedTests: number }[];
  /** Scenario × service cells computed, and those whose recovery breaches the tolerance. */
  matrix: { cells: number; breaches: string[] };
  /** Findings from DR tests and review actions still open: the remediation of vulnerabilities. */
  openFindings: { title: string; owner: string; dueDate: string | null }[];
  /** Completed post-incident or post-release reviews, with their number of actions. */
  reviews: { name: string; actions: number }[];
  /** Findings raised by completed DR tests (lessons from exercises). */
  testFindings: number;
  processes: {
    name: string;
    biaApproved: boolean;
    /** Time buckets with at least one impact rating. */
    ratedBuckets: number;
    mtdMinutes: number | null;
    mbco: string;
    /** Nodes it directly depends on. */
    dependencies: number;
    /** Third parties (vendor nodes or nodes a provider or contract covers) anywhere beneath it. */
    thirdParties: string[];
  }[];
  providers: { name: string; linkedNodes: number }[];
  tests: {
    name: string;
    status: 'planned' | 'running' | 'completed' | 'cancelled';
    completedAt: string | null;
    /** A live move onto the redundant capacity (a parallel or full-interruption test). */
    switchover: boolean;
    /** Its scenario or scope takes out a third party. */
    thirdPartyFailure: boolean;
  }[];
}

/** What the evidence gathering reads; the scenario × service results come from the pack's matrix. */
export type CoverageRecords = Omit<CoverageInput, 'matrix'>;

export interface CoverageRow {
  id: string;
  framework: string;
  clause: string;
  requirement: string;
  status: CoverageStatus;
  /** What satisfies it, counted ("3 important business services, each with …"). */
  evidence: string;
  /** What is missing ("2 of 3 tolerances have no rationale"); empty when met. */
  missing: string;
  /** The records named as evidence. */
  records: string[];
}

const YEAR_MS = 365 * 86_400_000;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function blank(s: string): boolean {
  return s.trim() === '';
}

function list(names: readonly string[], max = 6): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** Status of a requirement over a set: no items or none good is a gap, all good is met. */
function statusOf(good: number, total: number): CoverageStatus {
  if (total === 0 || good === 0) return 'gap';
  return good === total ? 'met' : 'partly';
}

interface Split<T> {
  good: T[];
  bad: T[];
}
function split<T>(items: readonly T[], ok: (t: T) => boolean): Split<T> {
  const s: Split<T> = { good: [], bad: [] };
  for (const i of items) (ok(i) ? s.good : s.bad).push(i);
  return s;
}

type Head = Pick<CoverageRow, 'id' | 'framework' | 'clause' | 'requirement'>;

/** A row over records that each satisfy the requirement or not. */
function overRecords<T extends { name: string }>(
  head: Head,
  items: readonly T[],
  ok: (t: T) => boolean,
  what: { noun: string; nouns?: string; satisfied: string; missing: string },
): CoverageRow {
  const s = split(items, ok);
  const status = statusOf(s.good.length, items.length);
  const nouns = what.nouns ?? `${what.noun}s`;
  const evidence =
    items.length === 0
      ? `No ${nouns} recorded`
      : s.good.length === items.length
        ? `${plural(items.length, what.noun, nouns)}, ${items.length === 1 ? '' : 'each '}${what.satisfied}`
        : `${s.good.length} of ${plural(items.length, what.noun, nouns)} ${what.satisfied}`;
  const missing =
    items.length === 0
      ? `Record ${nouns}`
      : s.bad.length === 0
        ? ''
        : `${s.bad.length} of ${items.length} ${what.missing}: ${list(s.bad.map((b) => b.name))}`;
  return { ...head, status, evidence, missing, records: s.good.map((g) => g.name) };
}

export function assessCoverage(c: CoverageInput): CoverageRow[] {
  return [...ss121(c), ...dora(c), ...iso22301(c)];
}

function ss121(c: CoverageInput): CoverageRow[] {
  const fw = 'PRA SS1/21';
  const tolerances = c.services.flatMap((s) =>
    s.tolerances.map((t) => ({ name: `${s.name}: ${t.label}`, rationale: t.rationale })),
  );
  const withTolerance = split(c.services, (s) => s.tolerances.length > 0);
  const tolRow = overRecords(
    {
      id: 'ss121-tolerances',
      framework: fw,
      clause: '§8.3, §3',
      requirement: 'Impact tolerances set, and why',
    },
    tolerances,
    (t) => !blank(t.rationale),
    { noun: 'tolerance', satisfied: 'with a rationale', missing: 'tolerances have no rationale' },
  );
  if (withTolerance.bad.length > 0 && tolRow.status !== 'gap') {
    // A service without any tolerance leaves the requirement unmet whatever the other rationales say.
    tolRow.status = 'partly';
    const none = `${withTolerance.bad.length} of ${c.services.length} services have no tolerance: ${list(withTolerance.bad.map((s) => s.name))}`;
    tolRow.missing = tolRow.missing ? `${none}; ${tolRow.missing}` : none;
  }
  const breaches = c.matrix.breaches;
  const unowned = c.openFindings.filter((f) => blank(f.owner) || f.dueDate === null);
  const vulnStatus: CoverageStatus =
    c.matrix.cells === 0
      ? 'gap'
      : unowned.length > 0 || (breaches.length > 0 && c.openFindings.length === 0)
        ? 'partly'
        : 'met';
  const vulnMissing =
    c.matrix.cells === 0
      ? 'Run scenarios against the important business services to find where they breach tolerance'
      : [
          breaches.length > 0 && c.openFindings.length === 0
            ? `${plural(breaches.length, 'breach', 'breaches')} with no remediation recorded as a finding`
            : '',
          unowned.length > 0
            ? `${unowned.length} of ${plural(c.openFindings.length, 'open finding')} without an owner or due date: ${list(unowned.map((f) => f.title))}`
            : '',
        ]
          .filter((s) => s !== '')
          .join('; ');
  const lessons = c.reviews.length + c.testFindings;
  const noActions = c.reviews.filter((r) => r.actions === 0);
  return [
    overRecords(
      {
        id: 'ss121-services',
        framework: fw,
        clause: '§8.3, §2',
        requirement: 'Important business services identified, and why',
      },
      c.services,
      (s) => !blank(s.why),
      {
        noun: 'important business service',
        satisfied: 'with why it is important',
        missing: 'services do not say why they are important',
      },
    ),
    tolRow,
    overRecords(
      {
        id: 'ss121-mapping',
        framework: fw,
        clause: '§8.3, §5',
        requirement:
          'Mapping of the people, processes, technology, facilities and information that deliver each service',
      },
      c.services,
      (s) => s.footprintCount > 0,
      {
        noun: 'important business service',
        satisfied: 'mapped to the nodes that deliver it',
        missing: 'services have no mapped footprint',
      },
    ),
    overRecords(
      {
        id: 'ss121-scenarios',
        framework: fw,
        clause: '§8.3, §6',
        requirement: 'Scenario testing: severe but plausible scenarios, assumptions and results',
      },
      c.scenarios,
      (s) => s.completedTests > 0 && !blank(s.assumptions),
      {
        noun: 'scenario',
        satisfied: 'tested with assumptions recorded',
        missing: 'scenarios have no completed test or no assumptions',
      },
    ),
    {
      id: 'ss121-vulnerabilities',
      framework: fw,
      clause: '§8.3',
      requirement: 'Vulnerabilities identified and the remediation to address them',
      status: vulnStatus,
      evidence:
        c.matrix.cells === 0
          ? 'No scenario × service results'
          : `${plural(c.matrix.cells, 'scenario × service result')}, ${plural(breaches.length, 'breach', 'breaches')}; ${plural(c.openFindings.length - unowned.length, 'open finding')} with an owner and due date`,
      missing: vulnMissing,
      records: breaches,
    },
    {
      id: 'ss121-lessons',
      framework: fw,
      clause: '§8.3',
      requirement: 'Lessons learned from incidents, tests and exercises',
      status: lessons === 0 ? 'gap' : noActions.length > 0 ? 'partly' : 'met',
      evidence:
        lessons === 0
          ? 'No completed reviews and no test findings'
          : `${plural(c.reviews.length, 'completed review')} and ${plural(c.testFindings, 'finding')} from DR tests`,
      missing:
        lessons === 0
          ? 'Complete a post-incident review or record findings from a test'
          : noActions.length > 0
            ? `${noActions.length} of ${c.reviews.length} reviews record no action: ${list(noActions.map((r) => r.name))}`
            : '',
      records: c.reviews.map((r) => r.name),
    },
  ];
}

function dora(c: CoverageInput): CoverageRow[] {
  const at = Date.parse(c.at);
  const completed = c.tests.filter((t) => t.status === 'completed');
  const inYear = completed.filter((t) => t.completedAt !== null && at - Date.parse(t.completedAt) <= YEAR_MS);
  const exercise = (
    head: Head,
    of: (t: CoverageInput['tests'][number]) => boolean,
    noun: string,
  ): CoverageRow => {
    const done = inYear.filter(of);
    const any = c.tests.filter((t) => of(t) && t.status !== 'cancelled');
    return {
      ...head,
      status: done.length > 0 ? 'met' : any.length > 0 ? 'partly' : 'gap',
      evidence:
        done.length > 0
          ? `${plural(done.length, `${noun} test`)} completed in the last year: ${list(done.map((t) => t.name))}`
          : any.length > 0
            ? `${plural(any.length, `${noun} test`)} planned or run, none completed in the last year`
            : `No ${noun} test`,
      missing: done.length > 0 ? '' : `Complete a ${noun} test`,
      records: (done.length > 0 ? done : any).map((t) => t.name),
    };
  };
  const withThirdParty = c.processes.filter((p) => p.thirdParties.length > 0);
  const biaRow = overRecords(
    {
      id: 'dora-11-5',
      framework: 'DORA',
      clause: 'Art. 11(5)',
      requirement: 'Business impact analysis covering dependencies on ICT third-party providers',
    },
    withThirdParty,
    (p) => p.biaApproved,
    {
      noun: 'process relying on a third party',
      nouns: 'processes relying on a third party',
      satisfied: 'with an approved BIA',
      missing: 'have no approved BIA',
    },
  );
  const unlinked = c.providers.filter((p) => p.linkedNodes === 0);
  if (unlinked.length > 0 && biaRow.status !== 'gap') {
    biaRow.status = 'partly';
    const note = `${unlinked.length} of ${c.providers.length} providers are linked to nothing on the map: ${list(unlinked.map((p) => p.name))}`;
    biaRow.missing = biaRow.missing ? `${biaRow.missing}; ${note}` : note;
  }
  const rts = 'RTS 2024/1774';
  return [
    biaRow,
    exercise(
      {
        id: 'rts-24',
        framework: rts,
        clause: 'Art. 24',
        requirement: 'A testing programme for the ICT business continuity plans, tested at least yearly',
      },
      () => true,
      'DR',
    ),
    exercise(
      {
        id: 'rts-25-switchover',
        framework: rts,
        clause: 'Art. 25',
        requirement: 'Tests include switchover from primary ICT infrastructure to redundant capacity',
      },
      (t) => t.switchover,
      'switchover',
    ),
    exercise(
      {
        id: 'rts-25-26-third-party',
        framework: rts,
        clause: 'Art. 25–26',
        requirement: 'Tests include the failure of an ICT third-party service provider',
      },
      (t) => t.thirdPartyFailure,
      'third-party failure',
    ),
  ];
}

function iso22301(c: CoverageInput): CoverageRow[] {
  const fw = 'ISO 22301';
  const noun = { noun: 'process', nouns: 'processes' };
  const suppliers = new Set(c.processes.flatMap((p) => p.thirdParties));
  const deps = overRecords(
    {
      id: 'iso-8-2-2-f',
      framework: fw,
      clause: '§8.2.2 f)',
      requirement: 'Resources and dependencies, including suppliers and partners',
    },
    c.processes,
    (p) => p.dependencies > 0,
    {
      ...noun,
      satisfied: 'with the resources it depends on',
      missing: 'processes have no dependencies recorded',
    },
  );
  if (deps.status !== 'gap') {
    deps.evidence += `; ${plural(suppliers.size, 'supplier')} beneath them`;
    if (suppliers.size === 0) {
      deps.status = 'partly';
      deps.missing = deps.missing
        ? `${deps.missing}; no supplier dependency recorded`
        : 'No supplier dependency recorded';
    }
  }
  return [
    overRecords(
      {
        id: 'iso-8-2-2-c',
        framework: fw,
        clause: '§8.2.2 c)',
        requirement: 'Impacts over time of not performing each activity',
      },
      c.processes,
      (p) => p.ratedBuckets >= 2,
      {
        ...noun,
        satisfied: 'rated at two or more points in time',
        missing: 'processes are not rated over time',
      },
    ),
    overRecords(
      {
        id: 'iso-8-2-2-d',
        framework: fw,
        clause: '§8.2.2 d)',
        requirement: 'The time after which not resuming becomes unacceptable (MTD)',
      },
      c.processes,
      (p) => p.mtdMinutes !== null,
      { ...noun, satisfied: 'with a maximum tolerable downtime', missing: 'processes have no MTD' },
    ),
    overRecords(
      {
        id: 'iso-8-2-2-e',
        framework: fw,
        clause: '§8.2.2 e)',
        requirement: 'The minimum acceptable capacity on resumption (MBCO)',
      },
      c.processes,
      (p) => !blank(p.mbco),
      {
        ...noun,
        satisfied: 'with a minimum business continuity objective',
        missing: 'processes have no MBCO',
      },
    ),
    deps,
  ];
}
