// Plan or edit a release: what it touches, when, how, how big, how to roll back and who owns it.
// Windows are typed in local time and sent as instants, so a freeze set in UTC compares correctly.
import { useState, type FormEvent } from 'react';
import type { ReleaseView } from '../../../../shared/contract';
import { CHANGE_TYPES, RELEASE_STRATEGIES } from '../../../../shared/domain/release';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { fromLocalInput, toLocalInput } from './format';
import type { ReleaseContext } from './types';
import { useRun } from './use-run';
import { PeriodFields } from './PeriodFields';

export function ReleaseForm(
  props: ReleaseContext & { release?: ReleaseView; onSaved: (id: string) => void },
) {
  const r = props.release;
  const profile = useApi(() => api['profile.get']({}), []);
  const [f, setF] = useState({
    name: r?.name ?? '',
    version: r?.version ?? '',
    nodeIds: r?.nodeIds ?? [],
    start: toLocalInput(r?.windowStart),
    end: toLocalInput(r?.windowEnd),
    strategy: r?.strategy ?? 'blue-green',
    changeType: r?.changeType ?? 'normal',
    changeSize: r?.changeSize ?? 2,
    rollbackRunbookId: r?.rollbackRunbookId ?? '',
    owner: r?.owner ?? '',
    committedAt: toLocalInput(r?.committedAt),
  });
  const { run, error } = useRun();
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((x) => ({ ...x, [k]: v }));
  const owner = f.owner || profile.data?.name || '';
  const toggle = (id: string) =>
    set('nodeIds', f.nodeIds.includes(id) ? f.nodeIds.filter((x) => x !== id) : [...f.nodeIds, id]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    let saved: ReleaseView | undefined;
    void run(async () => {
      if (!f.start || !f.end) throw new Error('Give the window a start and an end.');
      saved = await api['releases.save']({
        ...(r ? { id: r.id } : {}),
        name: f.name,
        version: f.version,
        nodeIds: f.nodeIds,
        start: fromLocalInput(f.start),
        end: fromLocalInput(f.end),
        strategy: f.strategy,
        changeType: f.changeType,
        changeSize: f.changeSize,
        rollbackRunbookId: f.rollbackRunbookId || null,
        owner,
        committedAt: f.committedAt ? fromLocalInput(f.committedAt) : null,
      });
    }).then((ok) => ok && saved && props.onSaved(saved.id));
  };

  return (
    <form className="card rel-form" onSubmit={submit} aria-label={r ? 'Edit release' : 'New release'}>
      <div className="rel-form-grid">
        <label>
          Name
          <input value={f.name} onChange={(e) => set('name', e.target.value)} required />
        </label>
        <label>
          Version
          <input value={f.version} onChange={(e) => set('version', e.target.value)} required />
        </label>
        <PeriodFields
          label="Window"
          start={f.start}
          end={f.end}
          onChange={(c) => {
            if (c.start !== undefined) set('start', c.start);
            if (c.end !== undefined) set('end', c.end);
          }}
        />
        <label>
          Strategy
          <select value={f.strategy} onChange={(e) => set('strategy', e.target.value as typeof f.strategy)}>
            {RELEASE_STRATEGIES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Change type
          <select
            value={f.changeType}
            onChange={(e) => set('changeType', e.target.value as typeof f.changeType)}
          >
            {CHANGE_TYPES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Change size (1 trivial … 5 very large or a migration)
          <input
            type="number"
            min={1}
            max={5}
            value={f.changeSize}
            onChange={(e) => set('changeSize', Number(e.target.value))}
          />
        </label>
        <label>
          Rollback runbook
          <select value={f.rollbackRunbookId} onChange={(e) => set('rollbackRunbookId', e.target.value)}>
            <option value="">none</option>
            {props.runbooks.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name} {b.approved ? '(approved)' : '(not approved)'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Owner
          <input value={owner} onChange={(e) => set('owner', e.target.value)} required />
        </label>
        <label>
          First commit (for lead time)
          <input
            type="datetime-local"
            value={f.committedAt}
            onChange={(e) => set('committedAt', e.target.value)}
          />
        </label>
      </div>
      <fieldset className="rel-services">
        <legend>Services touched</legend>
        {props.services.map((n) => (
          <label key={n.id} className="check">
            <input type="checkbox" checked={f.nodeIds.includes(n.id)} onChange={() => toggle(n.id)} />
            {n.name}
          </label>
        ))}
      </fieldset>
      <ErrorNotice message={error} />
      <button type="submit" className="primary">
        {r ? 'Save release' : 'Create release'}
      </button>
    </form>
  );
}
