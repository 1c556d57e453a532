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

// Memoised for whole minutes: the graph analysis formats ~40,000 durations for a 10,000-node map,
// and building each string anew cost it half again its time (bench: achievable recovery 31 → 50 ms).
const MEMO_LIMIT = 100_000;
const memo = new Map<number, string>();

export function formatDuration(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return '—';
  if (Number.isInteger(minutes)) {
    const hit = memo.get(minutes);
    if (hit !== undefined) return hit;
    const text = compose(minutes);
    if (memo.size < MEMO_LIMIT) memo.set(minutes, text);
    return text;
  }
  return compose(minutes);
}

function compose(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const whole = Math.round(Math.abs(minutes));
  if (whole === 0) return minutes === 0 ? '0 min' : `${sign}< 1 min`;
  let rest = whole;
  let out = '';
  if (whole >= DAYS_FROM) {
    out = `${Math.floor(rest / DAY)} d`;
    rest %= DAY;
  }
  const hours = Math.floor(rest / HOUR);
  const mins = rest % HOUR;
  if (hours > 0) out += `${out ? ' ' : ''}${hours} h`;
  if (mins > 0) out += `${out ? ' ' : ''}${mins} min`;
  return sign + out;
}
