// A query built and prepared once, on first use, then run with placeholders: for reads that run on
// every edit or DR-test event, where building the SQL each time costs more than running it.
export function once<T>(build: () => T): () => T {
  let query: T | undefined;
  return () => (query ??= build());
}
