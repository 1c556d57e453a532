// Operational resilience for the evidence pack: services, tolerances, flags, scenarios and the
// scenario × service matrix (the same seeded Monte Carlo the app runs in its worker), computed once
// per pack from the store as of the pack's time and shared by the PDF section and the sheets.
import type { ResilienceOverview } from '../../../shared/contract';
import { scenarioMatrix, type ScenarioMatrix } from '../../../shared/domain/resilience';
import { matrixInput, resilienceOverview } from '../domains/resilience/read';
import type { EvidenceData } from './evidence-data';

export interface ResilienceEvidence {
  overview: ResilienceOverview;
  matrix: ScenarioMatrix;
  serviceName: Map<string, string>;
  scenarioName: Map<string, string>;
}

const computed = new WeakMap<EvidenceData, ResilienceEvidence>();

export function resilienceEvidence(e: EvidenceData): ResilienceEvidence {
  let r = computed.get(e);
  if (!r) {
    const overview = resilienceOverview(e.store, e.at);
    r = {
      overview,
      matrix: scenarioMatrix(matrixInput(e.store, e.at)),
      serviceName: new Map(overview.services.map((s) => [s.id, s.name])),
      scenarioName: new Map(overview.scenarios.map((s) => [s.id, s.name])),
    };
    computed.set(e, r);
  }
  return r;
}
