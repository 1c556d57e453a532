// The change calendar in month and week views: releases, freezes and maintenance windows, and every
// conflict with its reason. Freezes and maintenance windows are listed, added and retired below it.
import { useState } from 'react';
import type { CalendarView, NodeView } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { addDays, onDay, shift, title, visibleDays, type CalendarMode } from './calendar-days';
import { formatTime } from '../../../../shared/format/datetime';
import { FreezeForm, MaintenanceForm } from './WindowForms';
import { useRun } from './use-run';
import { WindowList } from './WindowList';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function CalendarPanel(props: { services: NodeView[]; onOpen: (id: string) => void }) {
  const [mode, setMode] = useState<CalendarMode>('month');
  const [anchor, setAnchor] = useState(() => new Date());
  const days = visibleDays(anchor, mode);
  const from = days[0]!.toISOString();
  const to = addDays(days[days.length - 1]!, 1).toISOString();
  const cal = useApi(() => api['calendar.get']({ from, to }), [from, to]);
  const { run, error, info } = useRun();
  const c = cal.data;
  const conflicted = new Set(c?.conflicts.filter((x) => x.status === 'conflict').map((x) => x.releaseId));
  return (
    <div className="rel-calendar">
      <div className="row spread">
        <div className="row">
          <button type="button" onClick={() => setAnchor(shift(anchor, mode, -1))} aria-label="Previous">
            ‹
          </button>
          <button type="button" onClick={() => setAnchor(new Date())}>
            Today
          </button>
          <button type="button" onClick={() => setAnchor(shift(anchor, mode, 1))} aria-label="Next">
            ›
          </button>
          <h2 className="rel-cal-title">{title(anchor, mode)}</h2>
        </div>
        <div className="tabs" role="tablist" aria-label="Calendar view">
          {(['month', 'week'] as const).map((m) => (
            <button
              key={m}
              type="button"
              role="tab"
              aria-selected={mode === m}
              className={mode === m ? 'tab active' : 'tab'}
              onClick={() => setMode(m)}
            >
              {m === 'month' ? 'Month' : 'Week'}
            </button>
          ))}
        </div>
      </div>
      <ErrorNotice message={cal.error ?? error} />
      <InfoNotice message={info} />
      <div
        className={`rel-cal-grid rel-cal-${mode}`}
        role="grid"
        aria-label={`Calendar, ${title(anchor, mode)}`}
      >
        {WEEKDAYS.map((d) => (
          <div key={d} className="rel-cal-head" role="columnheader">
            {d}
          </div>
        ))}
        {days.map((day) => (
          <DayCell
            key={day.toISOString()}
            day={day}
            cal={c}
            outside={mode === 'month' && day.getMonth() !== anchor.getMonth()}
            conflicted={conflicted}
            onOpen={props.onOpen}
          />
        ))}
      </div>
      <ul className="rel-legend chart-legend">
        <li>
          <span className="key-box rel-key-freeze" /> freeze
        </li>
        <li>
          <span className="key-box rel-key-maint" /> maintenance window
        </li>
        <li>
          <span className="key-box rel-key-release" /> release
        </li>
        <li>
          <span className="key-box rel-key-conflict" /> release with a conflict
        </li>
      </ul>
      <h2>Conflicts</h2>
      <ul className="rel-conflicts" aria-label="Calendar conflicts">
        {(c?.conflicts ?? []).map((x, i) => (
          <li key={i} className={x.status === 'overridden' ? 'rel-overridden' : 'rel-conflict'}>
            <strong>{x.status === 'overridden' ? 'Overridden' : x.kind.replace(/-/g, ' ')}</strong>:{' '}
            {x.message}{' '}
            <button type="button" className="link" onClick={() => props.onOpen(x.releaseId)}>
              Open release
            </button>
          </li>
        ))}
        {c && c.conflicts.length === 0 && <li className="muted">No conflicts.</li>}
      </ul>
      <WindowList cal={c} run={run} />
      {c && (
        <div className="rel-window-forms">
          <FreezeForm run={run} services={props.services} timeZone={c.timeZone} />
          <MaintenanceForm run={run} services={props.services} timeZone={c.timeZone} />
        </div>
      )}
    </div>
  );
}

function DayCell(props: {
  day: Date;
  cal: CalendarView | undefined;
  outside: boolean;
  conflicted: Set<string>;
  onOpen: (id: string) => void;
}) {
  const { day, cal } = props;
  const byId = new Map((cal?.freezes ?? []).map((f) => [f.id, f]));
  const freezes = (cal?.freezeOccurrences ?? []).filter((f) => onDay(day, f.start, f.end));
  const maint = (cal?.occurrences ?? []).filter((o) => onDay(day, o.start, o.end));
  const releases = (cal?.releases ?? []).filter((r) => onDay(day, r.windowStart, r.windowEnd));
  const today = new Date().toDateString() === day.toDateString();
  return (
    <div className={`rel-cal-day${props.outside ? ' outside' : ''}${today ? ' today' : ''}`} role="gridcell">
      <div className="rel-cal-date">{day.getDate()}</div>
      {freezes.map((o) => {
        const f = byId.get(o.freezeId);
        return (
          <div
            key={`${o.freezeId}-${o.start}`}
            className="rel-cal-freeze"
            title={`${o.name}: ${f?.reason ?? ''} (covers ${f?.scopeLabel ?? ''})`}
          >
            ❄ {o.name}
          </div>
        );
      })}
      {maint.map((o, i) => (
        <div key={`${o.windowId}-${i}`} className="rel-cal-maint" title={`${o.nodeName}: ${o.name}`}>
          ⚙ {o.nodeName}
        </div>
      ))}
      {releases.map((r) => (
        <button
          key={r.id}
          type="button"
          className={`rel-cal-release${props.conflicted.has(r.id) ? ' conflict' : ''}`}
          onClick={() => props.onOpen(r.id)}
          title={`${r.name} ${r.version}: ${r.nodeNames.join(', ')}`}
        >
          {props.conflicted.has(r.id) ? '⚠ ' : ''}
          {formatTime(r.windowStart)} {r.name}
        </button>
      ))}
    </div>
  );
}
