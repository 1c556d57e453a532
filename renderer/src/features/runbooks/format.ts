// Figures as the runbook and DR-test screens show them.

export function percent(p: number): string {
  return `${(p * 100).toFixed(1)} %`;
}

/** Minutes that may be fractional (a measured RTC), to one decimal below an hour. */
export function showMeasured(m: number | null | undefined): string {
  if (m === null || m === undefined) return '—';
  const sign = m < 0 ? '−' : '';
  const a = Math.abs(m);
  if (a < 59.5) return `${sign}${a < 10 ? a.toFixed(1) : Math.round(a)} min`;
  // Round once, then split: 119.99 min is "2 h 0 min", never "1 h 60 min".
  const whole = Math.round(a);
  const h = Math.floor(whole / 60);
  return `${sign}${h} h ${whole % 60} min`;
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString() : '—';
}
