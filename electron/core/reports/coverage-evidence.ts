// The self-assessment's clause coverage for a pack: the gathered records plus the scenario × service
// results of the matrix the resilience section computes, assessed once and shared by the PDF and sheet.
import {
  assessCoverage,
  type CoverageInput,
  type CoverageRow,
  type ScenarioMatrix,
} from '../../../shared/domain/resilience';
import type { EvidenceData } from './evidence-data';
import { resilienceEvidence } from './resilience-evidence';

const computed = new WeakMap<EvidenceData, CoverageRow[]>();

export function coverageEvidence(e: EvidenceData): CoverageRow[] {
  let rows = computed.get(e);
  if (!rows) {
    const r = resilienceEvidence(e);
    const cells = r.matrix.scenarios.flatMap((s) => s.cells.map((c) => ({ s: s.scenarioId, c })));
    rows = assessCoverage({
      ...e.coverage,
      matrix: {
        cells: cells.length,
        breaches: cells
          .filter(({ c }) => c.status === 'breach')
          .map(
            ({ s, c }) => `${r.scenarioName.get(s) ?? s} × ${r.serviceName.get(c.serviceId) ?? c.serviceId}`,
          ),
      },
    });
    computed.set(e, rows);
  }
  return rows;
}

/** The scenario × service results the coverage counts: every cell, and the breaches by name. */
export function matrixResults(
  matrix: ScenarioMatrix,
  scenarioName: ReadonlyMap<string, string>,
  serviceName: ReadonlyMap<string, string>,
): CoverageInput['matrix'] {
  const cells = matrix.scenarios.flatMap((s) => s.cells.map((c) => ({ s: s.scenarioId, c })));
  return {
    cells: cells.length,
    breaches: cells
      .filter(({ c }) => c.status === 'breach')
      .map(({ s, c }) => `${scenarioName.get(s) ?? s} × ${serviceName.get(c.serviceId) ?? c.serviceId}`),
  };
}
