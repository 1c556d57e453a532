// Canary comparisons of a release: the latest decides the gate; each metric gets its chart. A new
// comparison is imported from a CSV with columns metric, group (baseline or canary), value.
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { CanaryChart } from './CanaryChart';
import type { Run } from './types';

export function CanaryPanel({ releaseId, run }: { releaseId: string; run: Run }) {
  const list = useApi(() => api['canary.list']({ releaseId }), [releaseId]);
  const [name, setName] = useState('Canary comparison');
  const latest = list.data?.[0];
  return (
    <div className="card rel-canary">
      <h2>Canary</h2>
      {latest ? (
        <>
          <p className="small">
            <strong>{latest.name}</strong>: {latest.result.verdict}
            {latest.result.score !== null && ` (score ${latest.result.score.toFixed(0)})`}.{' '}
            {latest.result.reason}
          </p>
          {latest.metrics.map((m, i) => (
            <CanaryChart key={m.id} metric={m} result={latest.result.metrics[i]!} />
          ))}
        </>
      ) : (
        <p className="muted small">No canary comparison for this release.</p>
      )}
      <form className="row" onSubmit={(e) => e.preventDefault()}>
        <label>
          Name
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Import samples (CSV: metric, group, value)
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file)
                void run(
                  async () => api['canary.import']({ releaseId, name, csv: await file.text() }),
                  `Imported ${file.name}.`,
                );
            }}
          />
        </label>
      </form>
    </div>
  );
}
