// Closing a run: the measured data loss per node (e.g. failure time − last replicated transaction),
// then the verdict. A pass proves each node's recovery capability for the dependency analysis.
import { useState, type FormEvent } from 'react';
import type { DrTestDetail } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { formatDuration } from '../../../../shared/format/duration';
import { ErrorNotice } from '../../components/Notice';

export function CompleteForm({ detail }: { detail: DrTestDetail }) {
  const [loss, setLoss] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const bad = detail.nodes.find((n) => !/^\d+(\.\d+)?$/.test((loss[n.id] ?? '').trim()));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (bad) return setError(`Enter the data loss measured for ${bad.name}, in minutes (0 if none).`);
    setError(undefined);
    try {
      await api['drtests.complete']({
        testId: detail.plan.id,
        dataLoss: detail.nodes.map((n) => ({ nodeId: n.id, minutes: Number(loss[n.id]) })),
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <form className="card dr-complete" onSubmit={submit} aria-labelledby="dr-complete-title">
      <h2 id="dr-complete-title">Close the test</h2>
      <p className="muted small">The run has ended. Record the data loss measured for each node in scope.</p>
      <div className="rb-fields">
        {detail.nodes.map((n, i) => (
          <label key={n.id}>
            Data loss for {n.name} (minutes, RPO {formatDuration(n.rpoMinutes)})
            <input
              inputMode="decimal"
              autoFocus={i === 0}
              value={loss[n.id] ?? ''}
              onChange={(e) => setLoss({ ...loss, [n.id]: e.target.value })}
            />
          </label>
        ))}
      </div>
      <ErrorNotice message={error} />
      <button type="submit" className="primary">
        Complete the test
      </button>
    </form>
  );
}
