// The risk score as the sum of its factors: each factor's score, weight and contribution as a bar,
// with the sentence that explains it.
import type { RiskAssessment } from '../../../../shared/domain/release';

export function RiskPanel({ risk }: { risk: RiskAssessment }) {
  return (
    <div className="card rel-risk">
      <h2>
        Risk <span className={`rel-risk-${risk.level}`}>{risk.level}</span>{' '}
        <span className="muted">{risk.score.toFixed(0)} / 100</span>
      </h2>
      <table className="plain" aria-label="Risk factors">
        <thead>
          <tr>
            <th>Factor</th>
            <th>Score</th>
            <th>Weight</th>
            <th>Adds</th>
          </tr>
        </thead>
        <tbody>
          {risk.factors.map((f) => (
            <tr key={f.id} title={f.explanation}>
              <td>
                {f.label}
                <div className="muted small">{f.explanation}</div>
              </td>
              <td>{f.score.toFixed(2)}</td>
              <td>{(f.weight * 100).toFixed(0)}%</td>
              <td className="rel-contrib">
                <span className="rel-bar" style={{ width: `${Math.min(60, f.contribution * 2)}%` }} />
                {f.contribution.toFixed(1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
