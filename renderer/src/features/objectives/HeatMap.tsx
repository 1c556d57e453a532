// Processes × time buckets, each cell the worst severity any category reached: where the business
// hurts, and how fast. Process names open their BIA.
import type { BucketView, ObjectivesRow } from '../../../../shared/contract';
import { openBia } from '../../components/navigation';
import { SeverityLegend } from '../../components/SeverityLegend';
import { severityFill, severityInk, severityName } from '../../components/severity';

const LIMIT = 300;

export function HeatMap(props: { rows: ObjectivesRow[]; buckets: BucketView[] }) {
  const rows = props.rows.slice(0, LIMIT);
  return (
    <div>
      <div className="heatmap-scroll">
        <table className="heatmap" aria-label="Worst severity per process and time bucket">
          <thead>
            <tr>
              <th scope="col">Process</th>
              {props.buckets.map((b) => (
                <th key={b.id} scope="col">
                  {b.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.processId}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => openBia(r.processId)}>
                    {r.name}
                  </button>
                </th>
                {props.buckets.map((b, i) => {
                  const v = r.worstSeverityByBucket[i] ?? null;
                  return (
                    <td
                      key={b.id}
                      style={{ background: severityFill(v), color: severityInk(v) }}
                      title={`${r.name} at ${b.label}: ${severityName(v)}`}
                    >
                      {v ?? ''}
                      <span className="sr-only">{severityName(v)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {props.rows.length > LIMIT && (
        <p className="muted small">
          Showing the first {LIMIT} of {props.rows.length} processes.
        </p>
      )}
      <SeverityLegend />
    </div>
  );
}
