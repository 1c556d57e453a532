// Canary comparisons of a release: the latest decides the gate; each metric gets its chart. A new
// comparison is imported from a CSV (metric, group, value) with settings per metric.
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { CanaryChart } from './CanaryChart';
import { CanaryImportForm } from './CanaryImportForm';
import type { Run } from './types';

export function CanaryPanel({ releaseId, run }: { releaseId: string; run: Run }) {
  const list = useApi(() => api['canary.list']({ releaseId }), [releaseId]);
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
      <CanaryImportForm releaseId={releaseId} run={run} />
    </div>
  );
}
