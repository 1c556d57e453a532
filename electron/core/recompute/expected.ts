// What each sheet of the workbook must say, from the recomputed figures: one entry per row, keyed by
// the columns that identify it, with the figures to compare and the kind each one counts under.
import { mtdCell } from '../reports/xlsx/sheets/registers';
import type { RecomputeInputs } from '../../../shared/contract/recompute-inputs';
import type { GraphAnalysis } from '../../../shared/domain/graph';
import { reachableFrom, scopeAnalysis } from '../reports/scope-map';
import type { Recomputed } from './rerun';

export const FIGURE_KINDS = [
  'MTD',
  'RTO',
  'RPO',
  'tier',
  'conflict',
  'SPOF',
  'blast radius',
  'inversion',
  'recovery time',
  'graph count',
  'runbook',
  'P50/P90/P(meet RTO)',
  'DR test',
  'SLO',
  'gate verdict',
  'canary verdict',
  'manifest',
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export type FigureValue = string | number | boolean | null | undefined;

export interface Figure {
  kind: FigureKind;
  column: string;
  value: FigureValue;
}

export interface ExpectedRow {
  /** Values of the sheet's key columns, as the workbook holds them. */
  key: string[];
  /** How a person finds the row. */
  label: string;
  figures: Figure[];
}

export interface SheetExpectation {
  sheet: string;
  keyColumns: string[];
  rows: ExpectedRow[];
  /** Whether a workbook row with no recomputed counterpart is a difference. */
  complete: boolean;
}

const f = (kind: FigureKind, column: string, value: FigureValue): Figure => ({ kind, column, value });
const round = (n: number | undefined) => (n === undefined ? null : Math.round(n));

export function expectations(inputs: RecomputeInputs, r: Recomputed): SheetExpectation[] {
  const chosen = new Set(inputs.scope.processIds);
  const names = new Map(inputs.bia.processes.map((p) => [p.id, p.name]));
  const { analysis, inMap } = scoped(inputs, r.analysis, chosen);
  return [
    processes(inputs, r, names),
    tiers(inputs, r),
    summary(inputs, r, analysis, chosen, inMap),
    {
      sheet: 'SPOFs',
      keyColumns: ['Node'],
      complete: true,
      rows: analysis.singlePointsOfFailure.map((s) => ({
        key: [s.name],
        label: s.name,
        figures: [
          f('SPOF', 'Critical processes taken down', s.takesDown.length),
          f('SPOF', 'Weighted impact', s.weightedImpact),
        ],
      })),
    },
    {
      sheet: 'Inversions',
      keyColumns: ['Consumer', 'Providers'],
      complete: true,
      rows: analysis.rtoInversions.map((i) => {
        const providers = i.providers.map((p) => p.name).join(' / ');
        return {
          key: [i.consumer.name, providers],
          label: `${i.consumer.name} ← ${providers}`,
          figures: [
            f('inversion', 'Demand (min)', i.demandMinutes),
            f('inversion', 'Provider (min)', i.providerMinutes),
            f('inversion', 'Excess (min)', i.excessMinutes),
          ],
        };
      }),
    },
    {
      sheet: 'Recovery times',
      keyColumns: ['Node'],
      complete: true,
      rows: analysis.recoveryTimes.map((t) => ({
        key: [t.name],
        label: t.name,
        figures: [
          f('recovery time', 'Own (min)', t.ownMinutes),
          f('recovery time', 'Achievable (min)', t.achievableMinutes),
          f('recovery time', 'RTO (min)', t.rtoMinutes),
          f('recovery time', 'RTO gap (min)', t.gapMinutes),
          f('recovery time', 'Meets RTO', t.meetsRto),
        ],
      })),
    },
    {
      sheet: 'Blast radius',
      keyColumns: ['Node'],
      complete: true,
      rows: analysis.blastRadius.map((b) => ({
        key: [b.name],
        label: b.name,
        figures: [
          f('blast radius', 'Nodes failed', b.failedCount),
          f('blast radius', 'Processes hit', b.processCount),
          f('blast radius', 'Weighted impact', b.weightedImpact),
        ],
      })),
    },
    runbooks(inputs, r),
    drTests(inputs, r),
    gates(inputs, r),
    slos(inputs, r),
  ];
}

/** The analysis as the pack shows it: cut to the chosen processes and what they depend on. */
function scoped(
  inputs: RecomputeInputs,
  full: GraphAnalysis,
  chosen: ReadonlySet<string>,
): { analysis: GraphAnalysis; inMap: ReadonlySet<string> } {
  if (inputs.scope.kind === 'workspace')
    return { analysis: full, inMap: new Set(inputs.graph.nodes.map((n) => n.id)) };
  const keep = reachableFrom(inputs.graph, chosen);
  const edgeIds = new Set(
    inputs.graph.edges.filter((e) => keep.has(e.consumerId) && keep.has(e.providerId)).map((e) => e.id),
  );
  return { analysis: scopeAnalysis(full, keep, edgeIds, chosen), inMap: keep };
}

function processes(inputs: RecomputeInputs, r: Recomputed, names: Map<string, string>): SheetExpectation {
  // The workbook writes what a blank MTD means (registers.ts mtdCell): the same function here.
  const rated = new Map(
    inputs.bia.processes.map((p) => [
      p.id,
      Object.values(p.ratings).some((row) => row.some((v) => v !== null)),
    ]),
  );
  return {
    sheet: 'Processes',
    keyColumns: ['Process id'],
    complete: true,
    rows: inputs.scope.processIds.flatMap((id) => {
      const o = r.objectives.get(id);
      if (!o) return [];
      return [
        {
          key: [id],
          label: names.get(id) ?? id,
          figures: [
            f('MTD', 'MTD (min)', mtdCell(o, rated.get(id) ?? false)),
            f('RTO', 'RTO (min)', o.effectiveRto),
            f('RPO', 'RPO (min)', o.effectiveRpo),
            f('tier', 'Tier', o.tier?.name ?? null),
            f('conflict', 'Conflicts', o.conflicts.length),
            f('conflict', 'Warnings', o.warnings.length),
          ],
        },
      ];
    }),
  };
}

function tiers(inputs: RecomputeInputs, r: Recomputed): SheetExpectation {
  const inScope = inputs.scope.processIds.map((id) => r.objectives.get(id)?.tier?.id);
  return {
    sheet: 'Tiers',
    keyColumns: ['Tier'],
    complete: true,
    rows: inputs.bia.tiers.map((t) => ({
      key: [t.name],
      label: t.name,
      figures: [
        f('tier', 'RTO (min)', t.rtoMinutes),
        f('tier', 'RPO (min)', t.rpoMinutes),
        f('tier', 'Processes in scope', inScope.filter((id) => id === t.id).length),
      ],
    })),
  };
}

function summary(
  inputs: RecomputeInputs,
  r: Recomputed,
  a: GraphAnalysis,
  chosen: ReadonlySet<string>,
  inMap: ReadonlySet<string>,
): SheetExpectation {
  // The objectives overview's list: each chosen process's conflicts and warnings, every RTO
  // inversion on the whole map whose demand comes from a process or node the pack covers, and every
  // covered node that cannot meet its RTO.
  const issues = inputs.scope.processIds.flatMap((id) => {
    const o = r.objectives.get(id);
    return o ? [...o.conflicts, ...o.warnings] : [];
  });
  // Errors also count every node whose achievable recovery time exceeds its RTO (the gaps).
  const covered = (id: string) => chosen.has(id) || inMap.has(id);
  const errors =
    issues.filter((c) => c.severity === 'error').length +
    r.analysis.rtoInversions.filter((i) => covered(i.demandOrigin.id)).length +
    r.analysis.recoveryTimes.filter((t) => t.meetsRto === false && covered(t.id)).length;
  const warnings = issues.filter((c) => c.severity !== 'error').length;
  const item = (label: string, kind: FigureKind, value: number): ExpectedRow => ({
    key: [label],
    label,
    figures: [f(kind, 'Value', value)],
  });
  return {
    sheet: 'Summary',
    keyColumns: ['Item'],
    complete: false,
    rows: [
      item('Conflicts', 'conflict', errors),
      item('Warnings', 'conflict', warnings),
      item('Single points of failure', 'SPOF', a.singlePointsOfFailure.length),
      item('RTO inversions', 'inversion', a.rtoInversions.length),
      item('Dependency cycles', 'graph count', a.cycles.length),
      item('Nodes', 'graph count', a.nodeCount),
      item('Dependencies', 'graph count', a.edgeCount),
    ],
  };
}

function runbooks(inputs: RecomputeInputs, r: Recomputed): SheetExpectation {
  const mc = 'P50/P90/P(meet RTO)';
  return {
    sheet: 'Runbooks',
    keyColumns: ['Version id'],
    complete: true,
    rows: inputs.runbooks.versions.map((v) => {
      const t = r.runbooks.get(v.id) ?? null;
      return {
        key: [v.id],
        label: v.name,
        figures: [
          f('runbook', 'Critical path (min)', t?.criticalPath.total ?? null),
          f('runbook', 'RTO (min)', t?.rtoMinutes ?? null),
          // The sheet shows whole minutes for the percentiles.
          f(mc, 'P50 (min)', t ? Math.round(t.monteCarlo.p50) : null),
          f(mc, 'P90 (min)', t ? Math.round(t.monteCarlo.p90) : null),
          f(mc, 'P(≤ RTO)', t?.monteCarlo.pMeetRto ?? null),
        ],
      };
    }),
  };
}

function drTests(inputs: RecomputeInputs, r: Recomputed): SheetExpectation {
  return {
    sheet: 'DR tests',
    keyColumns: ['Test', 'Node'],
    // Tests not yet run have a row with no figures.
    complete: false,
    rows: inputs.drTests.flatMap((t) => {
      const d = r.drTests.get(t.id);
      if (!d?.result) return [];
      const names = new Map(d.nodes.map((n) => [n.id, n.name]));
      return d.result.nodes.map((n) => {
        const node = names.get(n.nodeId) ?? n.nodeId;
        return {
          key: [t.name, node],
          label: `${t.name} / ${node}`,
          figures: [
            f('DR test', 'RTO (min)', n.rtoMinutes),
            f('DR test', 'RTC (min)', round(n.rtcMinutes)),
            f('DR test', 'Gap (min)', round(n.gapMinutes)),
            f('DR test', 'RPO (min)', n.rpoMinutes),
            f('DR test', 'Data loss (min)', n.dataLossMinutes ?? null),
            f('DR test', 'Node verdict', n.verdict),
          ],
        };
      });
    }),
  };
}

function gates(inputs: RecomputeInputs, r: Recomputed): SheetExpectation {
  return {
    sheet: 'Gate checks',
    keyColumns: ['Release', 'Check'],
    complete: true,
    rows: inputs.gates.flatMap((g) => {
      const x = r.gates.get(g.id);
      if (!x) return [];
      const release = `${g.release.name} ${g.release.version}`;
      return x.result.checks.map((c) => {
        const kind: FigureKind = c.id === 'canary' ? 'canary verdict' : 'gate verdict';
        return {
          key: [release, c.label],
          label: `${release} / ${c.label}`,
          figures: [
            f('gate verdict', 'Verdict', x.result.go ? 'go' : 'no-go'),
            f('gate verdict', 'Risk', x.risk.level),
            f('gate verdict', 'Risk score', x.risk.score),
            f(kind, 'Status', c.status),
            f(kind, 'Reason', c.reason),
          ],
        };
      });
    }),
  };
}

function slos(inputs: RecomputeInputs, r: Recomputed): SheetExpectation {
  const shown = new Set(inputs.slos.shown);
  return {
    sheet: 'SLOs',
    keyColumns: ['SLO'],
    complete: true,
    rows: inputs.slos.list
      .filter((s) => shown.has(s.id))
      .flatMap((s) => {
        const x = r.slos.get(s.id);
        if (!x) return [];
        return [
          {
            key: [s.name],
            label: s.name,
            figures: [
              f('SLO', 'Events', x.budget.totalEvents),
              f('SLO', 'Bad events', x.budget.badEvents),
              f('SLO', 'Budget (events)', x.budget.budget),
              f('SLO', 'Budget left', x.budget.remainingFraction),
              f('SLO', 'Policy', x.budget.policy),
              f('SLO', 'Below policy', x.budget.meetsPolicy ? 0 : 1),
              f('SLO', 'Burn rate 1 d', x.burn.short.burnRate),
              f('SLO', 'Burn rate 7 d', x.burn.long.burnRate),
            ],
          },
        ];
      }),
  };
}
