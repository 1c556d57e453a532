// Importing a canary comparison: choose the CSV (metric, group, value), then set each metric's
// direction, tolerance and whether it is critical, and the pass and marginal score thresholds,
// before the samples are judged. The server validates the file; this only reads the metric names.
import { useState } from 'react';
import { api } from '../../api/client';
import type { Run } from './types';

interface MetricSetting {
  name: string;
  direction: 'higher-is-worse' | 'lower-is-worse';
  /** Percent, as people think of it; sent as a fraction. */
  tolerancePercent: string;
  critical: boolean;
}

/** Distinct metric names in file order, the header row skipped. */
export function metricNames(csv: string): string[] {
  const names = new Set<string>();
  for (const [i, line] of csv.split(/\r?\n/).entries()) {
    const first = (line.split(',')[0] ?? '').trim().replace(/^"|"$/g, '');
    if (first === '' || (i === 0 && first.toLowerCase() === 'metric')) continue;
    names.add(first);
  }
  return [...names];
}

export function CanaryImportForm({ releaseId, run }: { releaseId: string; run: Run }) {
  const [name, setName] = useState('Canary comparison');
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [metrics, setMetrics] = useState<MetricSetting[]>([]);
  const [pass, setPass] = useState('90');
  const [marginal, setMarginal] = useState('75');
  const update = (i: number, change: Partial<MetricSetting>) =>
    setMetrics((ms) => ms.map((m, j) => (j === i ? { ...m, ...change } : m)));

  return (
    <form
      className="rel-canary-import"
      onSubmit={(e) => {
        e.preventDefault();
        if (!file) return;
        void run(async () => {
          await api['canary.import']({
            releaseId,
            name,
            csv: file.csv,
            metrics: metrics.map((m) => ({
              name: m.name,
              direction: m.direction,
              tolerance: Number(m.tolerancePercent) / 100,
              critical: m.critical,
            })),
            passThreshold: Number(pass),
            marginalThreshold: Number(marginal),
          });
          setFile(null);
          setMetrics([]);
        }, `Imported ${file.name}.`);
      }}
    >
      <div className="row">
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
              const chosen = e.target.files?.[0];
              e.target.value = '';
              if (!chosen) return;
              void chosen.text().then((csv) => {
                setFile({ name: chosen.name, csv });
                setMetrics(
                  metricNames(csv).map((n) => ({
                    name: n,
                    direction: 'higher-is-worse',
                    tolerancePercent: '10',
                    critical: false,
                  })),
                );
              });
            }}
          />
        </label>
      </div>
      {file && (
        <>
          <table className="rel-canary-settings">
            <caption className="small">{file.name}: how each metric is judged</caption>
            <thead>
              <tr>
                <th>Metric</th>
                <th>Worse when</th>
                <th>Tolerance %</th>
                <th>Critical</th>
              </tr>
            </thead>
            <tbody>
              {metrics.map((m, i) => (
                <tr key={m.name}>
                  <td>{m.name}</td>
                  <td>
                    <select
                      aria-label={`${m.name}: worse when`}
                      value={m.direction}
                      onChange={(e) => update(i, { direction: e.target.value as MetricSetting['direction'] })}
                    >
                      <option value="higher-is-worse">higher</option>
                      <option value="lower-is-worse">lower</option>
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={`${m.name}: tolerance %`}
                      inputMode="decimal"
                      value={m.tolerancePercent}
                      onChange={(e) => update(i, { tolerancePercent: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${m.name}: critical`}
                      checked={m.critical}
                      onChange={(e) => update(i, { critical: e.target.checked })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row">
            <label>
              Pass from score
              <input inputMode="numeric" value={pass} onChange={(e) => setPass(e.target.value)} />
            </label>
            <label>
              Marginal from score
              <input inputMode="numeric" value={marginal} onChange={(e) => setMarginal(e.target.value)} />
            </label>
            <button type="submit" className="primary">
              Judge the canary
            </button>
            <button type="button" onClick={() => setFile(null)}>
              Cancel
            </button>
          </div>
        </>
      )}
    </form>
  );
}
