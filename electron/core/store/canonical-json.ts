// Canonical JSON for hashing: object keys sorted, no whitespace, undefined dropped. The same value
// always gives the same string, whatever order its keys were built in.

/**
 * A value already rendered as canonical JSON, spliced into the text as it is: an import's 100,000
 * row images are rendered where they are captured instead of parsed into objects and walked again
 * here (state/capture.ts). Whoever makes one vouches that `text` is what canonicalJson would write
 * for its value. Given a function, it renders when the text is read, so a transaction's thousand
 * entries are not all held rendered at once.
 */
export class CanonicalText {
  constructor(private readonly source: string | (() => string)) {}

  get text(): string {
    return typeof this.source === 'string' ? this.source : this.source();
  }
}

export function canonicalJson(value: unknown): string {
  if (value instanceof CanonicalText) return value.text;
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value))
    return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
