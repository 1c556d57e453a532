// Raising an exception for one reported conflict: why the risk is acceptable, what compensates, the
// accountable business owner and the last day it holds. Another member signs the acceptance.
import { useState } from 'react';
import type { ConflictCandidate } from '../../../../shared/contract';
import { api } from '../../api/client';
import type { Run } from '../releases/types';

export function RaiseForm({
  conflict,
  run,
  onDone,
}: {
  conflict: ConflictCandidate;
  run: Run;
  onDone: () => void;
}) {
  const [f, setF] = useState({ rationale: '', compensatingControls: '', owner: '', expiresOn: '' });
  return (
    <form
      className="card exc-raise"
      aria-label="Raise an exception"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await api['exceptions.raise']({ conflictKey: conflict.key, ...f });
          onDone();
        }, 'Exception raised: another member signs its acceptance.');
      }}
    >
      <h2>Accept as exception</h2>
      <p>
        <strong>{conflict.subject}</strong>: {conflict.message}
      </p>
      <label>
        Rationale
        <textarea value={f.rationale} onChange={(e) => setF({ ...f, rationale: e.target.value })} />
      </label>
      <label>
        Compensating controls
        <textarea
          value={f.compensatingControls}
          onChange={(e) => setF({ ...f, compensatingControls: e.target.value })}
        />
      </label>
      <label>
        Business owner
        <input value={f.owner} onChange={(e) => setF({ ...f, owner: e.target.value })} />
      </label>
      <label>
        Expires on
        <input type="date" value={f.expiresOn} onChange={(e) => setF({ ...f, expiresOn: e.target.value })} />
      </label>
      <button type="submit">Raise exception</button>
    </form>
  );
}
