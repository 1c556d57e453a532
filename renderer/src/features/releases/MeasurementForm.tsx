// One SLO measurement typed in: a period with its good and total event counts.
import { useState } from 'react';
import { api } from '../../api/client';
import { fromLocalInput } from './format';
import type { Run } from './types';
import { PeriodFields } from './PeriodFields';

export function MeasurementForm({ sloId, run }: { sloId: string; run: Run }) {
  const [f, setF] = useState({ start: '', end: '', good: '', total: '' });
  return (
    <form
      className="row rel-measure"
      aria-label="Add a measurement"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          if (!f.start || !f.end) throw new Error('Give the period a start and an end.');
          await api['slos.addMeasurement']({
            sloId,
            measurement: {
              start: fromLocalInput(f.start),
              end: fromLocalInput(f.end),
              good: Number(f.good),
              total: Number(f.total),
            },
          });
          setF({ start: '', end: '', good: '', total: '' });
        }, 'Measurement added.');
      }}
    >
      <PeriodFields label="Period" start={f.start} end={f.end} onChange={(c) => setF({ ...f, ...c })} />
      <label>
        Good events
        <input inputMode="numeric" value={f.good} onChange={(e) => setF({ ...f, good: e.target.value })} />
      </label>
      <label>
        Total events
        <input inputMode="numeric" value={f.total} onChange={(e) => setF({ ...f, total: e.target.value })} />
      </label>
      <button type="submit">Add measurement</button>
    </form>
  );
}
