// The scenario × service matrix runs here, in a Web Worker of the page: 10,000 Monte Carlo runs per
// scenario take from milliseconds to a few seconds on a large map, and the page stays responsive.
import { recomputeCell, remediationHints, scenarioMatrix } from '../../../../shared/domain/resilience';
import type { MatrixRequest, MatrixResponse } from './matrix-protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<MatrixRequest>) => void) | null;
  postMessage: (m: MatrixResponse) => void;
};

scope.onmessage = (e) => {
  const req = e.data;
  try {
    if (req.kind === 'matrix') {
      const t0 = performance.now();
      const matrix = scenarioMatrix(req.input);
      scope.postMessage({ kind: 'matrix', matrix, ms: performance.now() - t0 });
    } else if (req.kind === 'hints') {
      scope.postMessage({ kind: 'hints', hints: remediationHints(req.input, req.cell) });
    } else {
      scope.postMessage({
        kind: 'recompute',
        cell: recomputeCell(req.input, req.scenarioId, req.serviceId, req.changes),
      });
    }
  } catch (err) {
    scope.postMessage({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
