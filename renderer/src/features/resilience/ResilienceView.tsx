// Operational resilience (PRA SS1/21): important business services with their tolerances and
// footprint, the flags on them, severe-but-plausible scenarios, the scenario × service matrix and
// the reviews that expire.
import { useState } from 'react';
import { formatDuration } from '../../../../shared/format/duration';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { navigate } from '../../routing/navigate';
import { CoveragePanel } from './CoveragePanel';
import { MatrixPanel } from './MatrixPanel';
import { ReviewsPanel } from './ReviewsPanel';
import { ScenarioForm } from './ScenarioForm';
import { ServiceForm } from './ServiceForm';
import './resilience.css';

export function ResilienceView() {
  const overview = useApi(() => api['resilience.overview']({}), []);
  const nodes = useApi(() => api['nodes.list']({}), []);
  const [adding, setAdding] = useState<'service' | 'scenario' | null>(null);
  const o = overview.data;
  return (
    <section className="resilience" aria-labelledby="res-title">
      <h1 id="res-title">Operational resilience</h1>
      <ErrorNotice message={overview.error ?? nodes.error} />
      <section className="card" aria-labelledby="res-services">
        <div className="row spread">
          <h2 id="res-services">Important business services</h2>
          <button type="button" onClick={() => setAdding(adding === 'service' ? null : 'service')}>
            {adding === 'service' ? 'Cancel' : 'Add a service'}
          </button>
        </div>
        {adding === 'service' && <ServiceForm nodes={nodes.data ?? []} onSaved={() => setAdding(null)} />}
        <table className="rb-table" aria-label="Important business services">
          <thead>
            <tr>
              <th>Service</th>
              <th>Owner</th>
              <th>Serves</th>
              <th>Delivered by</th>
              <th>Impact tolerances</th>
              <th>Map</th>
            </tr>
          </thead>
          <tbody>
            {(o?.services ?? []).map((s) => (
              <tr key={s.id}>
                <td>
                  <strong>{s.name}</strong>
                  <div className="muted small">{s.description}</div>
                </td>
                <td>{s.owner}</td>
                <td>{s.customers}</td>
                <td className="small">{s.nodeNames.join(', ')}</td>
                <td className="small">
                  {s.tolerances.length === 0
                    ? 'none set'
                    : s.tolerances.map((t) => (
                        <div key={t.id} title={t.rationale}>
                          {t.label}: {formatDuration(t.maxDisruptionMinutes)}
                          {t.customersAffected !== null &&
                            `, ${t.customersAffected.toLocaleString('en-GB')} customers`}
                        </div>
                      ))}
                </td>
                <td>
                  <button
                    type="button"
                    className="link small"
                    onClick={() => navigate({ area: 'map', query: { service: s.id } })}
                  >
                    Show on map
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {o && (o.toleranceFlags.length > 0 || o.sharedResources.length > 0) && (
          <ul className="res-flags" aria-label="Service flags">
            {o.toleranceFlags.map((f) => (
              <li key={`${f.toleranceId}:${f.processId}`} className="res-flag">
                {f.message}
              </li>
            ))}
            {o.sharedResources.slice(0, 10).map((r) => (
              <li key={r.nodeId}>{r.message}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="res-scenarios">
        <div className="row spread">
          <h2 id="res-scenarios">Severe-but-plausible scenarios</h2>
          <button type="button" onClick={() => setAdding(adding === 'scenario' ? null : 'scenario')}>
            {adding === 'scenario' ? 'Cancel' : 'Add a scenario'}
          </button>
        </div>
        {adding === 'scenario' && <ScenarioForm nodes={nodes.data ?? []} onSaved={() => setAdding(null)} />}
        <table className="rb-table" aria-label="Scenarios">
          <thead>
            <tr>
              <th>Scenario</th>
              <th>Source</th>
              <th>What fails</th>
              <th>Assumptions</th>
              <th>Scenario tests</th>
            </tr>
          </thead>
          <tbody>
            {(o?.scenarios ?? []).map((s) => (
              <tr key={s.id}>
                <td>
                  <strong>{s.name}</strong>
                  <div className="muted small">{s.description}</div>
                </td>
                <td>{s.source}</td>
                <td className="small">{s.failureLabels.join('; ')}</td>
                <td className="small">{s.assumptions}</td>
                <td className="small">
                  {s.tests.length === 0
                    ? 'none'
                    : s.tests.map((t) => (
                        <div key={t.testId}>
                          {t.name} ({t.verdict ?? t.status})
                          {t.outcomes.map((x) => (
                            <div key={x.serviceId} className={x.within ? 'res-ok' : 'res-bad'}>
                              {x.serviceName}: {formatDuration(x.measuredMinutes)} against{' '}
                              {formatDuration(x.toleranceMinutes)} — {x.within ? 'within' : 'breach'}
                            </div>
                          ))}
                        </div>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {o && <MatrixPanel services={o.services} scenarios={o.scenarios} />}
      <ReviewsPanel />
      <CoveragePanel />
    </section>
  );
}
