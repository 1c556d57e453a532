// The one way Steadfast writes a duration, on screen, in the PDF, the workbook and the CLI.
// Rule (whole minutes in, the units a BCM analyst plans in out, zero parts left out, nothing rounded
// away but seconds):
//   under 1 hour      "45 min"                      (0 → "0 min", under half a minute → "< 1 min")
//   under 48 hours    "4 h", "1 h 30 min", "24 h", "36 h 15 min"
//   48 hours and up   "2 d", "3 d 4 h", "2 d 30 min", "30 d"
// Up to two days stays in hours because RTOs and shifts are planned in hours ("RTO 24 h", "36 h");
// beyond that days read faster than "168 h". Days are the largest unit: "14 d", not "2 w", so two
// figures always compare unit for unit. A negative duration (a gap ahead of target) takes "−".
// null, undefined and non-finite values read "—".

const HOUR = 60;
const DAY = 1440;
/** Below this, hours and minutes; from it, days first. */
const DAYS_FROM = 48 * HOUR;

export function formatDuration(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return '—';
  const sign = minutes < 0 ? '−' : '';
  const whole = Math.round(Math.abs(minutes));
  if (whole === 0) return minutes === 0 ? '0 min' : `${sign}< 1 min`;
  const parts: string[] = [];
  let rest = whole;
  if (whole >= DAYS_FROM) {
    parts.push(`${Math.floor(rest / DAY)} d`);
    rest %= DAY;
  }
  const hours = Math.floor(rest / HOUR);
  const mins = rest % HOUR;
  if (hours > 0) parts.push(`${hours} h`);
  if (mins > 0) parts.push(`${mins} min`);
  return sign + parts.join(' ');
}
