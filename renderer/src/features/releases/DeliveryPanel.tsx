// Delivery metrics over a period (default the last 90 days), each with the counts behind it, and
// the monthly trend.
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { formatDuration } from '../../../../shared/format/duration';
import { pct } from './format';
import { TrendChart } from './TrendChart';

const DAY = 86_400_000;

export function DeliveryPanel() {
  const [days, setDays] = useState(90);
  const [to] = useState(() => new Date().toISOString());
  const from = new Date(Date.parse(to) - days * DAY).toISOString();
  const m = useApi(() => api['delivery.metrics']({ from, to }), [from, to]);
  const d = m.data;
  return (
    <div className="rel-delivery">
      <label className="rel-period">
        Period{' '}
        <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
          <option value={30}>last 30 days</option>
          <option value={90}>last 90 days</option>
          <option value={180}>last 180 days</option>
          <option value={365}>last year</option>
        </select>
      </label>
      <ErrorNotice message={m.error} />
      {d && (
        <>
          <dl className="key-figures rel-figures">
            <div>
              <dt>Deployment frequency</dt>
              <dd data-testid="deploy-frequency">{d.deployments.perWeek.toFixed(2)} / week</dd>
              <dd className="small muted">
                {d.deployments.count} deployments in {d.deployments.weeks.toFixed(1)} weeks
              </dd>
            </div>
            <div>
              <dt>Change failure rate</dt>
              <dd data-testid="cfr">{pct(d.changeFailureRate.rate)}</dd>
              <dd className="small muted">
                {d.changeFailureRate.failed} failed of {d.changeFailureRate.deployed} deployed
                {d.changeFailureRate.reason ? ` — ${d.changeFailureRate.reason}` : ''}
              </dd>
            </div>
            <div>
              <dt>Time to restore</dt>
              <dd>
                {formatDuration(d.timeToRestore.medianMinutes)} median ·{' '}
                {formatDuration(d.timeToRestore.p90Minutes)} P90
              </dd>
              <dd className="small muted">
                {d.timeToRestore.count} of {d.timeToRestore.of} failed deployments measured
                {d.timeToRestore.unrestored ? `, ${d.timeToRestore.unrestored} not restored` : ''}
              </dd>
            </div>
            <div>
              <dt>Lead time</dt>
              <dd>
                {formatDuration(d.leadTime.medianMinutes)} median · {formatDuration(d.leadTime.p90Minutes)}{' '}
                P90
              </dd>
              <dd className="small muted">
                {d.leadTime.count} of {d.leadTime.of} deployments have a commit time
              </dd>
            </div>
          </dl>
          <h2>Monthly trend</h2>
          <TrendChart rows={d.monthly} />
        </>
      )}
    </div>
  );
}
