// The objectives overview: heat map, RTO against MTD, and every conflict, across all processes.
import { plural } from '../../../../shared/format/plural';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { ConflictList } from './ConflictList';
import { HeatMap } from './HeatMap';
import { RtoMtdChart } from './RtoMtdChart';

export function ObjectivesView() {
  const overview = useApi(() => api['objectives.overview']({}), []);
  const o = overview.data;
  const errors = o?.conflicts.filter((c) => c.severity === 'error').length ?? 0;
  return (
    <section className="objectives" aria-labelledby="objectives-title">
      <h1 id="objectives-title">Objectives</h1>
      <ErrorNotice message={overview.error} />
      {!o ? (
        <p aria-busy="true">Loading…</p>
      ) : o.rows.length === 0 ? (
        <p className="muted">No processes yet. Add them under Registers, then rate them in the BIA.</p>
      ) : (
        <>
          <p className="muted">
            {plural(o.rows.length, 'process', 'processes')} · {plural(errors, 'conflict')} ·{' '}
            {plural(o.conflicts.length - errors, 'warning')}
          </p>
          <div className="objectives-grid">
            <section className="card" aria-labelledby="heat-title">
              <h2 id="heat-title">Impact heat map</h2>
              <HeatMap rows={o.rows} buckets={o.buckets} />
            </section>
            <section className="card" aria-labelledby="rm-title">
              <h2 id="rm-title">RTO against MTD</h2>
              <RtoMtdChart rows={o.rows} />
            </section>
          </div>
          <section className="card" aria-labelledby="conflicts-title">
            <h2 id="conflicts-title">Conflicts</h2>
            <ConflictList conflicts={o.conflicts} />
          </section>
        </>
      )}
    </section>
  );
}
