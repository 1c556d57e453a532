// The three-point estimate as typed: whole minutes, and min ≤ likely ≤ max, with a sentence that
// names what is wrong (the backend checks the same; this says it before the round trip).

export interface EstimateText {
  min: string;
  likely: string;
  max: string;
}

export type EstimateCheck =
  { ok: true; min: number; likely: number; max: number } | { ok: false; message: string };

export function checkEstimate(e: EstimateText): EstimateCheck {
  const parse = (label: string, v: string): number | string => {
    const n = Number(v.trim());
    if (v.trim() === '' || !Number.isInteger(n) || n < 0)
      return `${label} must be whole minutes (0 or more).`;
    return n;
  };
  const min = parse('Min', e.min);
  const likely = parse('Likely', e.likely);
  const max = parse('Max', e.max);
  for (const v of [min, likely, max]) if (typeof v === 'string') return { ok: false, message: v };
  const [a, m, b] = [min, likely, max] as number[];
  if (a! > m!)
    return { ok: false, message: `Min (${a} min) must not exceed likely (${m} min): min ≤ likely ≤ max.` };
  if (m! > b!)
    return { ok: false, message: `Likely (${m} min) must not exceed max (${b} min): min ≤ likely ≤ max.` };
  return { ok: true, min: a!, likely: m!, max: b! };
}
