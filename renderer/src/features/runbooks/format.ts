// Figures as the runbook and DR-test screens show them.

export function percent(p: number): string {
  return `${(p * 100).toFixed(1)} %`;
}

/** Minutes that may be fractional (a measured RTC), to one decimal below an hour. */
export function showMeasured(m: number | null | undefined): string {
  if (m === null || m === undefined) return '—';
  const sign = m < 0 ? '−' : '';
  const a = Math.abs(m);
  if (a < 60) return `${sign}${a < 10 ? a.toFixed(1) : Math.round(a)} min`;
  const h = Math.floor(a / 60);
  return `${sign}${h} h ${Math.round(a - h * 60)} min`;
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString() : '—';
}
