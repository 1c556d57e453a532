// The objectives overview: heat map, RTO against MTD, and every conflict, across all processes.
import { plural } from '../../../../shared/format/plural';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { conflictFilter, gapFilter } from '../../../../shared/contract';
import { FilterBanner } from '../../routing/FilterBanner';
import { useRoute } from '../../routing/navigate';
import { RecoveryGapList } from '../workspace/lists/RecoveryGapList';
import { ConflictList } from './ConflictList';
import { HeatMap } from './HeatMap';
import { ObjectivesTable } from './ObjectivesTable';
import { RtoMtdChart } from './RtoMtdChart';

export function ObjectivesView() {
  const overview = useApi(() => api['objectives.overview']({}), []);
  const o = overview.data;
  // A number on the home screen opens this area narrowed to one kind of conflict.
  const route = useRoute();
  const keepConflict = conflictFilter(route.query);
  const keepGap = gapFilter(route.query);
  const shown = keepConflict ? (o?.conflicts ?? []).filter(keepConflict) : (o?.conflicts ?? []);
  const errors = o?.conflicts.filter((c) => c.severity === 'error').length ?? 0;
  return (
    <section className="objectives" aria-labelledby="objectives-title">
      <h1 id="objectives-title">Objectives</h1>
      <ErrorNotice message={overview.error} />
      {keepGap && <RecoveryGapList keep={keepGap} />}
      {o && keepConflict && (
        <section className="card" aria-labelledby="filtered-conflicts-title">
          <h2 id="filtered-conflicts-title">Conflicts</h2>
          <FilterBanner count={shown.length} />
          <ConflictList conflicts={shown} />
        </section>
      )}
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
          <section className="card" aria-labelledby="objectives-table-title">
            <h2 id="objectives-table-title">MTD, RTO, RPO and tier per process</h2>
            <ObjectivesTable rows={o.rows} />
          </section>
          <section className="card" aria-labelledby="conflicts-title">
            <h2 id="conflicts-title">Conflicts</h2>
            <ConflictList conflicts={o.conflicts} />
          </section>
        </>
      )}
    </section>
  );
}
