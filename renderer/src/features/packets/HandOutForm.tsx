// "Hand out a workshop packet": the whole workspace, some departments or some processes (and what
// they depend on), delivered as a new .steadfast file like Save a copy.
import { useMemo, useState, type FormEvent } from 'react';
import type { NodeView } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { finishDelivery } from '../../api/deliver';
import { useApi } from '../../api/use-api';
import { ErrorNotice, InfoNotice } from '../../components/Notice';

type Kind = 'whole' | 'departments' | 'processes';

export function HandOutForm() {
  const processes = useApi(() => api['nodes.list']({ kind: 'process' }), []);
  const departments = useMemo(
    () =>
      [...new Set((processes.data ?? []).map((p: NodeView) => p.department).filter((d) => d !== ''))].sort(),
    [processes.data],
  );
  const [kind, setKind] = useState<Kind>('whole');
  const [values, setValues] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [info, setInfo] = useState<string>();

  const options =
    kind === 'departments'
      ? departments.map((d) => ({ value: d, label: d }))
      : (processes.data ?? []).map((p) => ({ value: p.id, label: p.name }));

  async function cut(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setInfo(undefined);
    setBusy(true);
    try {
      const scope = { kind, values: kind === 'whole' ? [] : values };
      setInfo(finishDelivery(await api['packet.cut']({ scope })));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const choose = (k: Kind) => {
    setKind(k);
    setValues([]);
  };

  return (
    <form className="card" onSubmit={(e) => void cut(e)} aria-label="Hand out a workshop packet">
      <h2>Hand out a workshop packet</h2>
      <p className="muted">
        A copy of this workspace to take to a workshop laptop, work in offline, and bring back here to merge.
        A scope covers what you choose and everything it depends on; the packet refuses changes outside it.
      </p>
      <fieldset>
        <legend>Scope</legend>
        {(
          [
            ['whole', 'The whole workspace'],
            ['departments', 'Departments'],
            ['processes', 'Processes'],
          ] as const
        ).map(([k, label]) => (
          <label key={k} className="inline">
            <input type="radio" name="packet-scope" checked={kind === k} onChange={() => choose(k)} /> {label}
          </label>
        ))}
      </fieldset>
      {kind !== 'whole' && (
        <label>
          {kind === 'departments' ? 'Departments in the packet' : 'Processes in the packet'}
          <select
            multiple
            size={Math.min(8, Math.max(3, options.length))}
            value={values}
            onChange={(e) => setValues([...e.target.selectedOptions].map((o) => o.value))}
          >
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <ErrorNotice message={error ?? processes.error} onDismiss={() => setError(undefined)} />
      <InfoNotice message={info} />
      <div className="row">
        <button
          type="submit"
          className="primary"
          disabled={busy || (kind !== 'whole' && values.length === 0)}
        >
          Hand out the packet…
        </button>
      </div>
    </form>
  );
}
