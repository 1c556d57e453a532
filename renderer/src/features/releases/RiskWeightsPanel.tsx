// The risk model's weights, editable; only their ratios matter (they are divided by their sum).
import { useState } from 'react';
import { RISK_FACTORS, type RiskWeights } from '../../../../shared/domain/release';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { useRun } from './use-run';

const LABELS: Record<(typeof RISK_FACTORS)[number], string> = {
  tier: 'Criticality (tier) of what is touched',
  blastRadius: 'Blast radius',
  dependencyDepth: 'Dependency depth',
  changeSize: 'Change size',
  changeType: 'Change type',
  rollbackReadiness: 'Rollback readiness',
  changeFailureRate: 'Recent change failure rate',
};

export function RiskWeightsPanel() {
  const view = useApi(() => api['risk.weights']({}), []);
  const [edits, setEdits] = useState<Partial<Record<keyof RiskWeights, string>>>({});
  const { run, error, info } = useRun();
  const v = view.data;
  if (!v) return <ErrorNotice message={view.error} />;
  const value = (k: keyof RiskWeights) => edits[k] ?? String(v.weights[k]);
  const total = RISK_FACTORS.reduce((s, k) => s + (Number(value(k)) || 0), 0);
  return (
    <form
      className="card rel-weights"
      aria-label="Risk weights"
      onSubmit={(e) => {
        e.preventDefault();
        const weights = Object.fromEntries(RISK_FACTORS.map((k) => [k, Number(value(k))]));
        void run(() => api['risk.setWeights']({ weights }), 'Weights saved.').then(
          (ok) => ok && setEdits({}),
        );
      }}
    >
      <p className="small">Weights are divided by their sum, so only their ratios matter.</p>
      <table className="plain">
        <thead>
          <tr>
            <th>Factor</th>
            <th>Weight</th>
            <th>Share</th>
            <th>Default</th>
          </tr>
        </thead>
        <tbody>
          {RISK_FACTORS.map((k) => (
            <tr key={k}>
              <td>{LABELS[k]}</td>
              <td>
                <input
                  aria-label={`Weight of ${LABELS[k]}`}
                  inputMode="decimal"
                  value={value(k)}
                  onChange={(e) => setEdits({ ...edits, [k]: e.target.value })}
                />
              </td>
              <td>{total > 0 ? `${(((Number(value(k)) || 0) / total) * 100).toFixed(0)}%` : '—'}</td>
              <td className="muted">{v.defaults[k]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorNotice message={error} />
      <InfoNotice message={info} />
      <div className="row">
        <button type="submit" className="primary">
          Save weights
        </button>
        <button
          type="button"
          onClick={() => setEdits(Object.fromEntries(RISK_FACTORS.map((k) => [k, String(v.defaults[k])])))}
        >
          Back to defaults
        </button>
      </div>
    </form>
  );
}
