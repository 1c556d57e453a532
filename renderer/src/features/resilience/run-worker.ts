// One request to a fresh matrix worker; the worker ends when it has answered.
import type { MatrixRequest, MatrixResponse } from './matrix-protocol';

export function runInWorker(request: MatrixRequest): Promise<MatrixResponse> {
  const worker = new Worker(new URL('./matrix.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<MatrixResponse>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<MatrixResponse>) => {
      worker.terminate();
      if (e.data.kind === 'error') reject(new Error(e.data.message));
      else resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`The scenario matrix stopped: ${e.message}`));
    };
    worker.postMessage(request);
  });
}
