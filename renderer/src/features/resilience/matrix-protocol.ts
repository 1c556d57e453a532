// Messages between the resilience page and its matrix worker.
import type {
  MatrixCell,
  RemediationChange,
  RemediationHint,
  ResilienceInput,
  ScenarioMatrix,
} from '../../../../shared/domain/resilience';

export type MatrixRequest =
  | { kind: 'matrix'; input: ResilienceInput }
  | { kind: 'hints'; input: ResilienceInput; cell: MatrixCell }
  | {
      kind: 'recompute';
      input: ResilienceInput;
      scenarioId: string;
      serviceId: string;
      changes: RemediationChange[];
    };

export type MatrixResponse =
  | { kind: 'matrix'; matrix: ScenarioMatrix; ms: number }
  | { kind: 'hints'; hints: RemediationHint[] }
  | { kind: 'recompute'; cell: MatrixCell }
  | { kind: 'error'; message: string };
