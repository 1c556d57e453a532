// Durations typed by people: "4h", "1 d 2 h", "90" → whole minutes. Shown back through
// shared/format/duration, the one formatter.

const UNIT_MINUTES: Record<string, number> = {
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  d: 1440,
  day: 1440,
  days: 1440,
  w: 10080,
  wk: 10080,
  week: 10080,
  weeks: 10080,
};

/**
 * "90", "4h", "1 d 2 h", "30 min" → minutes; "" → null; anything else → undefined (not a duration).
 * A bare number is minutes.
 */
export function parseDuration(text: string): number | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const parts = [...t.matchAll(/(\d+(?:\.\d+)?)\s*([a-z]+)/g)];
  if (
    parts.length === 0 ||
    parts
      .map((p) => p[0])
      .join('')
      .replace(/\s/g, '') !== t.replace(/\s/g, '')
  ) {
    return undefined;
  }
  let total = 0;
  for (const p of parts) {
    const unit = UNIT_MINUTES[p[2] ?? ''];
    if (unit === undefined) return undefined;
    total += Number(p[1]) * unit;
  }
  return Math.round(total);
}
