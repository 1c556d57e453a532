// The release's pre-mortem: failure modes imagined before the change, each with likelihood, impact,
// detection, mitigation and the metric threshold that triggers the rollback. Required at high risk.
import { useState } from 'react';
import {
  PREMORTEM_LEVELS,
  TRIGGER_METRICS,
  type PremortemLevel,
  type TriggerMetric,
} from '../../../../shared/domain/exceptions';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import type { Run } from './types';

const EMPTY = {
  description: '',
  likelihood: 'medium' as PremortemLevel,
  impact: 'medium' as PremortemLevel,
  detection: '',
  mitigation: '',
  metric: 'error-rate' as TriggerMetric,
  name: '',
  comparator: 'above' as 'above' | 'below',
  threshold: '',
  unit: '',
};

export function PremortemPanel({ releaseId, run }: { releaseId: string; run: Run }) {
  const pm = useApi(() => api['premortem.get']({ releaseId }), [releaseId]);
  const [f, setF] = useState(EMPTY);
  const p = pm.data;
  if (!p) return null;
  return (
    <section className="card" aria-labelledby="premortem-title">
      <h2 id="premortem-title">Pre-mortem</h2>
      <p className="muted small">
        {p.required
          ? 'High risk: the gate needs at least one failure mode with its rollback trigger.'
          : `Risk ${p.riskLevel}: a pre-mortem is optional.`}
      </p>
      {p.modes.length > 0 && (
        <ul className="issues" aria-label="Failure modes">
          {p.modes.map((m) => (
            <li key={m.id} className="issue">
              <strong>{m.description}</strong>{' '}
              <span className="muted small">
                likelihood {m.likelihood}, impact {m.impact}
              </span>
              <div className="small">Detection: {m.detection}</div>
              <div className="small">Mitigation: {m.mitigation}</div>
              <div className="small">
                Trigger ({m.trigger.metric}): {m.triggerText}
              </div>
              <button
                type="button"
                className="link small"
                onClick={() =>
                  void run(() => api['premortem.retireMode']({ modeId: m.id }), 'Failure mode removed.')
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        aria-label="Add a failure mode"
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await api['premortem.addMode']({
              releaseId,
              description: f.description,
              likelihood: f.likelihood,
              impact: f.impact,
              detection: f.detection,
              mitigation: f.mitigation,
              trigger: {
                metric: f.metric,
                name: f.name,
                comparator: f.comparator,
                threshold: f.threshold.trim() === '' ? Number.NaN : Number(f.threshold),
                unit: f.unit,
              },
            });
            setF(EMPTY);
          }, 'Failure mode added.');
        }}
      >
        <label>
          What goes wrong
          <input value={f.description} onChange={(e) => setF({ ...f, description: e.target.value })} />
        </label>
        <label>
          Likelihood
          <select
            value={f.likelihood}
            onChange={(e) => setF({ ...f, likelihood: e.target.value as PremortemLevel })}
          >
            {PREMORTEM_LEVELS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label>
          Impact
          <select value={f.impact} onChange={(e) => setF({ ...f, impact: e.target.value as PremortemLevel })}>
            {PREMORTEM_LEVELS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label>
          Detection
          <input value={f.detection} onChange={(e) => setF({ ...f, detection: e.target.value })} />
        </label>
        <label>
          Mitigation
          <input value={f.mitigation} onChange={(e) => setF({ ...f, mitigation: e.target.value })} />
        </label>
        <label>
          Trigger metric
          <select value={f.metric} onChange={(e) => setF({ ...f, metric: e.target.value as TriggerMetric })}>
            {TRIGGER_METRICS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <label>
          Metric name
          <input value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} />
        </label>
        <label>
          Roll back when
          <select
            value={f.comparator}
            onChange={(e) => setF({ ...f, comparator: e.target.value as 'above' | 'below' })}
          >
            <option>above</option>
            <option>below</option>
          </select>
        </label>
        <label>
          Threshold
          <input
            inputMode="decimal"
            value={f.threshold}
            onChange={(e) => setF({ ...f, threshold: e.target.value })}
          />
        </label>
        <label>
          Unit
          <input value={f.unit} onChange={(e) => setF({ ...f, unit: e.target.value })} />
        </label>
        <button type="submit">Add failure mode</button>
      </form>
    </section>
  );
}
