// Adding a freeze (everything, some tiers or some services, with a reason) and a maintenance
// window from the calendar; either may repeat (RecurrenceEditor), in the workspace's time zone by
// default.
import { useState } from 'react';
import type { NodeView } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import type { Run } from './types';
import { PeriodFields } from './PeriodFields';
import {
  RecurrenceEditor,
  initialRecurrence,
  recurrenceInput,
  type RecurrenceState,
} from './RecurrenceEditor';
import { ServiceSelect } from './ServiceSelect';

export function FreezeForm({
  run,
  services,
  timeZone,
}: {
  run: Run;
  services: NodeView[];
  timeZone: string;
}) {
  const tiers = useApi(() => api['registers.get']({}), []);
  const [repeat, setRepeat] = useState(() => initialRecurrence(timeZone));
  const [f, setF] = useState({
    name: '',
    reason: '',
    start: '',
    end: '',
    kind: 'everything',
    ids: [] as string[],
  });
  const options =
    f.kind === 'tiers'
      ? (tiers.data?.tiers ?? []).map((t) => ({ id: t.id, name: t.name }))
      : services.map((n) => ({ id: n.id, name: n.name }));
  return (
    <form
      className="card rel-freeze-form"
      aria-label="Add a freeze"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          if (!f.start || !f.end) throw new Error('Give the freeze a start and an end.');
          await api['calendar.saveFreeze']({
            name: f.name,
            reason: f.reason,
            ...recurrenceInput(repeat, f.start, f.end),
            scope: {
              kind: f.kind as 'everything' | 'tiers' | 'nodes',
              ids: f.kind === 'everything' ? [] : f.ids,
            },
          });
        }, `Freeze "${f.name}" added.`);
      }}
    >
      <h3>Add a freeze</h3>
      <label>
        Freeze name
        <input value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} required />
      </label>
      <label>
        Reason
        <input value={f.reason} onChange={(e) => setF({ ...f, reason: e.target.value })} />
      </label>
      <PeriodFields label="Freeze" start={f.start} end={f.end} onChange={(c) => setF({ ...f, ...c })} />
      <RecurrenceEditor label="Freeze" value={repeat} onChange={setRepeat} start={f.start} end={f.end} />
      <label>
        Covers
        <select value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value, ids: [] })}>
          <option value="everything">everything</option>
          <option value="tiers">some tiers</option>
          <option value="nodes">some services</option>
        </select>
      </label>
      {f.kind !== 'everything' && (
        <select
          multiple
          aria-label={f.kind === 'tiers' ? 'Tiers covered' : 'Services covered'}
          value={f.ids}
          onChange={(e) => setF({ ...f, ids: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      )}
      <button type="submit">Add freeze</button>
    </form>
  );
}

export function MaintenanceForm({
  run,
  services,
  timeZone,
}: {
  run: Run;
  services: NodeView[];
  timeZone: string;
}) {
  const [f, setF] = useState({ nodeId: '', name: '', start: '', end: '' });
  const [repeat, setRepeat] = useState<RecurrenceState>(() => ({
    ...initialRecurrence(timeZone),
    kind: 'weekly',
  }));
  return (
    <form
      className="card rel-maint-form"
      aria-label="Add a maintenance window"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          if (!f.start || !f.end) throw new Error('Give the window a start and an end.');
          await api['calendar.saveMaintenance']({
            nodeId: f.nodeId,
            name: f.name,
            ...recurrenceInput(repeat, f.start, f.end),
          });
        }, 'Maintenance window added.');
      }}
    >
      <h3>Add a maintenance window</h3>
      <ServiceSelect value={f.nodeId} services={services} onChange={(nodeId) => setF({ ...f, nodeId })} />
      <label>
        Window name
        <input value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />
      </label>
      <PeriodFields label="Window" start={f.start} end={f.end} onChange={(c) => setF({ ...f, ...c })} />
      <RecurrenceEditor label="Window" value={repeat} onChange={setRepeat} start={f.start} end={f.end} />
      <button type="submit">Add window</button>
    </form>
  );
}
