// SLOs per service: error budget remaining against the policy, burn rates over a day and a week, a
// burn-down chart, and measurements added by CSV import (period_start, period_end, good, total).
import { useState } from 'react';
import type { NodeView, SloView } from '../../../../shared/contract';
import { SLI_KINDS } from '../../../../shared/domain/release';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { BurnDownChart } from './BurnDownChart';
import { MeasurementForm } from './MeasurementForm';
import { pct } from './format';
import type { Run } from './types';
import { useRun } from './use-run';
import { ServiceSelect } from './ServiceSelect';

export function SlosPanel({ services }: { services: NodeView[] }) {
  const slos = useApi(() => api['slos.list']({}), []);
  const { run, error, info } = useRun();
  return (
    <div className="rel-slos">
      <ErrorNotice message={slos.error ?? error} />
      <InfoNotice message={info} />
      {(slos.data ?? []).map((s) => (
        <SloCard key={s.id} slo={s} run={run} />
      ))}
      {slos.data?.length === 0 && <p className="muted">No SLOs yet.</p>}
      <NewSlo services={services} run={run} />
    </div>
  );
}

function SloCard({ slo, run }: { slo: SloView; run: Run }) {
  const b = slo.budget;
  const rate = (r: number | null) => (r === null ? '—' : `${r.toFixed(2)}×`);
  return (
    <section className="card rel-slo" aria-label={`SLO ${slo.name}`}>
      <div className="row spread">
        <h3>
          {slo.name} <span className="muted small">{slo.nodeName}</span>
        </h3>
        <span className={b.meetsPolicy ? 'rel-go' : 'rel-nogo'}>
          {b.meetsPolicy ? 'within policy' : 'below policy'}
        </span>
      </div>
      <div className="rel-slo-body">
        <dl className="facts">
          <dt>Objective</dt>
          <dd>
            {slo.targetPercent}% {slo.sliKind} over {slo.windowDays} days
          </dd>
          <dt>Budget left</dt>
          <dd data-testid="budget-left">
            {pct(b.remainingFraction)} ({b.badEvents} bad of {b.totalEvents} events; budget{' '}
            {b.budget.toFixed(0)})
          </dd>
          <dt>Policy</dt>
          <dd>at least {pct(b.policy, 0)} left</dd>
          <dt>Burn rate</dt>
          <dd>
            {rate(slo.burn.short.burnRate)} last day · {rate(slo.burn.long.burnRate)} last week
          </dd>
          <dt>Measurements</dt>
          <dd>{slo.measurementCount}</dd>
        </dl>
        <BurnDownChart budget={b} name={slo.name} />
      </div>
      <p className="small muted">{b.reason}</p>
      <MeasurementForm sloId={slo.id} run={run} />
      <label className="small">
        Import measurements (CSV: period_start, period_end, good, total){' '}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file)
              void run(async () => {
                const r = await api['slos.importCsv']({ sloId: slo.id, csv: await file.text() });
                return r;
              }, `Imported ${file.name}.`);
          }}
        />
      </label>
    </section>
  );
}

function NewSlo({ services, run }: { services: NodeView[]; run: Run }) {
  const [f, setF] = useState({
    nodeId: '',
    name: '',
    sliKind: 'availability',
    target: '99.9',
    days: '30',
    policy: '0',
  });
  return (
    <form
      className="card rel-new-slo"
      aria-label="New SLO"
      onSubmit={(e) => {
        e.preventDefault();
        void run(
          () =>
            api['slos.save']({
              nodeId: f.nodeId,
              name: f.name,
              sliKind: f.sliKind as (typeof SLI_KINDS)[number],
              targetPercent: Number(f.target),
              windowDays: Number(f.days),
              policyMinRemaining: Number(f.policy) / 100,
            }),
          `SLO "${f.name}" added.`,
        );
      }}
    >
      <h3>New SLO</h3>
      <div className="rel-form-grid">
        <ServiceSelect value={f.nodeId} services={services} onChange={(nodeId) => setF({ ...f, nodeId })} />
        <label>
          SLO name
          <input value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} required />
        </label>
        <label>
          SLI kind
          <select value={f.sliKind} onChange={(e) => setF({ ...f, sliKind: e.target.value })}>
            {SLI_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          Target %
          <input
            value={f.target}
            onChange={(e) => setF({ ...f, target: e.target.value })}
            inputMode="decimal"
          />
        </label>
        <label>
          Window (days)
          <input value={f.days} onChange={(e) => setF({ ...f, days: e.target.value })} inputMode="numeric" />
        </label>
        <label>
          Policy: minimum budget left %
          <input
            value={f.policy}
            onChange={(e) => setF({ ...f, policy: e.target.value })}
            inputMode="decimal"
          />
        </label>
      </div>
      <button type="submit">Add SLO</button>
    </form>
  );
}
