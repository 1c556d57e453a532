// The freezes and maintenance windows in the calendar's range, each with its scope and a Retire
// button (asked twice): a retired window stops causing conflicts and stays in the audit trail.
import { useState } from 'react';
import type { CalendarView } from '../../../../shared/contract';
import { api } from '../../api/client';
import { formatTime } from '../../../../shared/format/datetime';
import type { Run } from './types';
import { recurrenceLabel } from './recurrence-label';

export function WindowList({ cal, run }: { cal: CalendarView | undefined; run: Run }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!cal || (cal.freezes.length === 0 && cal.maintenanceWindows.length === 0)) return null;
  const retire = (id: string, name: string, call: () => Promise<unknown>) =>
    confirming === id ? (
      <button
        type="button"
        className="danger"
        onClick={() => void run(call, `Retired ${name}.`).then(() => setConfirming(null))}
      >
        Confirm: retire {name}
      </button>
    ) : (
      <button type="button" className="link" onClick={() => setConfirming(id)}>
        Retire {name}
      </button>
    );
  return (
    <section aria-label="Freezes and maintenance windows">
      <h2>Freezes and maintenance windows</h2>
      <ul className="rel-windows">
        {cal.freezes.map((f) => (
          <li key={f.id}>
            <strong>❄ {f.name}</strong> ({formatTime(f.start)} – {formatTime(f.end)}
            {recurrenceLabel(f.recurrence)}, covers {f.scopeLabel}){f.reason && `: ${f.reason}`}{' '}
            {retire(f.id, f.name, () => api['calendar.retireFreeze']({ id: f.id }))}
          </li>
        ))}
        {cal.maintenanceWindows.map((m) => (
          <li key={m.id}>
            <strong>⚙ {m.name}</strong> for {m.nodeName} ({formatTime(m.start)} – {formatTime(m.end)}
            {recurrenceLabel(m.recurrence)}){' '}
            {retire(m.id, m.name, () => api['calendar.retireMaintenance']({ id: m.id }))}
            <OccurrenceList
              label={`Occurrences of ${m.name || m.nodeName}`}
              timeZone={cal.timeZone}
              times={cal.occurrences.filter((o) => o.windowId === m.id)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The occurrences in the calendar's range, in the workspace's time zone. */
function OccurrenceList(props: { label: string; timeZone: string; times: { start: string; end: string }[] }) {
  if (props.times.length <= 1) return null;
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: props.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (
    <ul className="rel-occurrences small muted" aria-label={props.label}>
      {props.times.slice(0, 6).map((o) => (
        <li key={o.start}>
          {fmt.format(new Date(o.start))} – {fmt.format(new Date(o.end))} ({props.timeZone})
        </li>
      ))}
    </ul>
  );
}
