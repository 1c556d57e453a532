// How a long export reports progress and stops when asked: between steps it yields to the event loop
// (so status requests are answered) and throws ExportCancelled if the job was cancelled.
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
  }
}

export interface ExportHooks {
  /** 0..1 within the current file. */
  onProgress?: (fraction: number) => void;
  isCancelled?: () => boolean;
  /** Yield between steps; the CLI and benchmarks skip it. */
  yieldEvery?: boolean;
}

export async function checkpoint(hooks: ExportHooks): Promise<void> {
  if (hooks.yieldEvery) await new Promise<void>((resolve) => setImmediate(resolve));
  if (hooks.isCancelled?.()) throw new ExportCancelled();
}
