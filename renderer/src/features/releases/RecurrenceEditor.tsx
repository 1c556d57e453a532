// How a freeze or maintenance window repeats: presets people expect (every day, weekly on some days,
// "the second Tuesday", the last business day of each quarter), a custom RFC 5545 rule checked as it
// is typed, and the time zone the rule keeps its wall-clock time in. The next occurrences are listed
// in that zone, computed by the same function the gate uses.
import { useMemo } from 'react';
import {
  WEEKDAYS,
  instantFromWall,
  nextOccurrences,
  presetRule,
  recurrenceProblem,
  timeZones,
  type RecurrencePreset,
  type Weekday,
} from '../../../../shared/domain/release';

export interface RecurrenceState {
  kind: RecurrencePreset['kind'];
  days: Weekday[];
  nth: 1 | 2 | 3 | 4 | -1;
  day: Weekday;
  custom: string;
  timeZone: string;
}

export const initialRecurrence = (timeZone: string): RecurrenceState => ({
  kind: 'none',
  days: [],
  nth: 2,
  day: 'TU',
  custom: '',
  timeZone,
});

const DAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};
const NTH = [
  [1, 'first'],
  [2, 'second'],
  [3, 'third'],
  [4, 'fourth'],
  [-1, 'last'],
] as const;

function preset(s: RecurrenceState): RecurrencePreset {
  switch (s.kind) {
    case 'weekly':
      return { kind: 'weekly', days: s.days };
    case 'monthly-nth':
      return { kind: 'monthly-nth', nth: s.nth, day: s.day };
    case 'custom':
      return { kind: 'custom', rrule: s.custom };
    default:
      return { kind: s.kind };
  }
}

/** The window as the API takes it: instants read in the chosen zone, and the rule's text. */
export function recurrenceInput(
  s: RecurrenceState,
  startWall: string,
  endWall: string,
): { start: string; end: string; recurrence: string } {
  if (!startWall || !endWall) throw new Error('Give the window a start and an end.');
  const start = instantFromWall(startWall, s.timeZone);
  const end = instantFromWall(endWall, s.timeZone);
  if (s.kind === 'custom') {
    const problem = recurrenceProblem(s.custom);
    if (problem) throw new Error(`Recurrence: ${problem}.`);
  }
  return {
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    recurrence: presetRule(preset(s), start, s.timeZone),
  };
}

const formatIn = (t: number, timeZone: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(t));

export function RecurrenceEditor(props: {
  value: RecurrenceState;
  onChange: (next: RecurrenceState) => void;
  start: string;
  end: string;
  /** Prefix of the controls' accessible names ("Window", "Freeze"). */
  label: string;
}) {
  const s = props.value;
  const set = (change: Partial<RecurrenceState>) => props.onChange({ ...s, ...change });
  const zones = useMemo(() => timeZones(), []);
  const problem = s.kind === 'custom' ? recurrenceProblem(s.custom) : null;
  const preview = useMemo(() => {
    if (s.kind === 'none' || problem || !props.start || !props.end) return [];
    try {
      const r = recurrenceInput(s, props.start, props.end);
      const series = {
        start: Date.parse(r.start),
        end: Date.parse(r.end),
        recurrence: r.recurrence,
        until: null,
      };
      return nextOccurrences(series, Date.parse(r.start), 5);
    } catch {
      return [];
    }
  }, [s, problem, props.start, props.end]);

  return (
    <fieldset className="rel-recurrence">
      <legend>Repeats</legend>
      <label>
        Time zone
        <select
          aria-label={`${props.label} time zone`}
          value={s.timeZone}
          onChange={(e) => set({ timeZone: e.target.value })}
        >
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </label>
      <label>
        Repeats
        <select
          aria-label={`${props.label} repeats`}
          value={s.kind}
          onChange={(e) => set({ kind: e.target.value as RecurrenceState['kind'] })}
        >
          <option value="none">does not repeat</option>
          <option value="daily">every day</option>
          <option value="weekly">every week on…</option>
          <option value="monthly-nth">monthly on the nth weekday</option>
          <option value="quarter-end">last business day of each quarter</option>
          <option value="custom">custom rule (RFC 5545 RRULE)</option>
        </select>
      </label>
      {s.kind === 'weekly' && (
        <div className="rel-weekdays" role="group" aria-label="On these days">
          {WEEKDAYS.map((d) => (
            <label key={d} className="check">
              <input
                type="checkbox"
                checked={s.days.includes(d)}
                onChange={(e) =>
                  set({ days: e.target.checked ? [...s.days, d] : s.days.filter((x) => x !== d) })
                }
              />
              {DAY_NAMES[d].slice(0, 3)}
            </label>
          ))}
        </div>
      )}
      {s.kind === 'monthly-nth' && (
        <div className="row">
          <label>
            Which
            <select
              value={s.nth}
              onChange={(e) => set({ nth: Number(e.target.value) as RecurrenceState['nth'] })}
            >
              {NTH.map(([n, word]) => (
                <option key={n} value={n}>
                  {word}
                </option>
              ))}
            </select>
          </label>
          <label>
            Weekday
            <select value={s.day} onChange={(e) => set({ day: e.target.value as Weekday })}>
              {WEEKDAYS.map((d) => (
                <option key={d} value={d}>
                  {DAY_NAMES[d]}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {s.kind === 'custom' && (
        <label>
          Rule
          <input
            className="mono"
            placeholder="FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2"
            value={s.custom}
            onChange={(e) => set({ custom: e.target.value })}
            aria-invalid={problem !== null}
          />
        </label>
      )}
      {problem && s.custom.trim() !== '' && (
        <p role="alert" className="error small">
          {problem}
        </p>
      )}
      {preview.length > 0 && (
        <div>
          <p className="small muted">Next occurrences ({s.timeZone}):</p>
          <ol className="rel-next" aria-label="Next occurrences">
            {preview.map((w) => (
              <li key={w.start}>
                {formatIn(w.start, s.timeZone)} – {formatIn(w.end, s.timeZone)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </fieldset>
  );
}
