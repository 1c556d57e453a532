// Concentration as horizontal bars: each provider's tier-weighted score, split by the weight of the
// functions above it (Tier 0 darkest), so a reader sees both how many and how critical.
import type { ConcentrationRow } from '../../../../shared/contract';

const WEIGHT_LABEL = ['Other (×1)', 'Tier 2 (×2)', 'Tier 1 (×3)', 'Tier 0 (×4)'];
const BAR_H = 22;
const LABEL_W = 230;
const CHART_W = 420;

export function ConcentrationChart(props: {
  rows: ConcentrationRow[];
  onOpen: (providerId: string) => void;
}) {
  const rows = props.rows.filter((r) => r.score > 0).slice(0, 15);
  if (rows.length === 0)
    return (
      <p className="muted">
        No provider sits under a business function yet: link providers to nodes on the map.
      </p>
    );
  const max = Math.max(...rows.map((r) => r.score));
  const height = rows.length * (BAR_H + 8) + 28;
  return (
    <figure className="tp-chart">
      <svg
        role="img"
        aria-label="Concentration: providers ranked by the tier-weighted functions above them"
        width={LABEL_W + CHART_W + 60}
        height={height}
        data-testid="concentration-chart"
      >
        {rows.map((r, i) => {
          const y = i * (BAR_H + 8);
          let x = LABEL_W;
          return (
            <g
              key={r.providerId}
              className="tp-bar"
              data-provider={r.name}
              onClick={() => props.onOpen(r.providerId)}
              style={{ cursor: 'pointer' }}
            >
              <title>{`${r.name}: score ${r.score}, ${r.functionIds.length} function(s), rank ${r.rank} in the supply chain`}</title>
              <text x={LABEL_W - 8} y={y + BAR_H * 0.7} textAnchor="end" className="tp-bar-label">
                {r.rank > 1 ? `${r.name} (rank ${r.rank})` : r.name}
              </text>
              {[3, 2, 1, 0].map((w) => {
                const width = ((r.byWeight[w]! * (w + 1)) / max) * CHART_W;
                const rect = (
                  <rect key={w} x={x} y={y} width={width} height={BAR_H} className={`tp-w${w + 1}`} />
                );
                x += width;
                return rect;
              })}
              <text x={x + 6} y={y + BAR_H * 0.7} className="tp-bar-value">
                {r.score}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${LABEL_W}, ${rows.length * (BAR_H + 8) + 8})`}>
          {[3, 2, 1, 0].map((w, i) => (
            <g key={w} transform={`translate(${i * 105}, 0)`}>
              <rect width={12} height={12} className={`tp-w${w + 1}`} />
              <text x={16} y={10} className="tp-legend">
                {WEIGHT_LABEL[w]}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption className="muted">
        Score = the functions above a provider (its own vendor nodes and every contract it serves, as direct
        provider or sub-contractor), each weighted by its tier.
      </figcaption>
    </figure>
  );
}
