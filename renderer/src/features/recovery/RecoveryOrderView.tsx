// Recovery order (#/recovery[/<node id>]): the dependency analysis's restoration waves as columns,
// each node with its achievable recovery time against its RTO, the ones that cannot meet it marked,
// and the critical path of the node chosen. The numbers are graph.map's analysis, the same the CLI's
// `analyze` and the PDF report.
import { useMemo, useState } from 'react';
import type { DependencyMap } from '../../../../shared/contract';
import type { RecoveryTime, RecoveryUnit } from '../../../../shared/domain/graph';
import { formatDuration } from '../../../../shared/format/duration';
import { plural } from '../../../../shared/format/plural';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { navigate, useRoute } from '../../routing/navigate';
import { KIND_LABEL } from '../registers/node-fields';
import { CriticalPathPanel } from './CriticalPathPanel';
import './recovery.css';

/** Columns stay readable and the page light on a 10,000-node map; the gap filter shows every miss. */
const PER_WAVE = 200;

export function RecoveryOrderView() {
  const map = useApi(() => api['graph.map']({}), []);
  const route = useRoute();
  const [onlyMisses, setOnlyMisses] = useState(false);
  const m = map.data;
  return (
    <section className="recovery" aria-labelledby="recovery-title">
      <div className="row spread">
        <h1 id="recovery-title">Recovery order</h1>
        <button type="button" className="link" onClick={() => navigate({ area: 'map' })}>
          Dependency map
        </button>
      </div>
      <ErrorNotice message={map.error} />
      {!m ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <Waves map={m} selected={route.id} onlyMisses={onlyMisses} onOnlyMisses={setOnlyMisses} />
      )}
    </section>
  );
}

function Waves(props: {
  map: DependencyMap;
  selected: string | null;
  onlyMisses: boolean;
  onOnlyMisses: (v: boolean) => void;
}) {
  const { map, selected } = props;
  const a = map.analysis;
  const times = useMemo(() => new Map(a.recoveryTimes.map((r) => [r.id, r])), [a]);
  const kinds = useMemo(() => new Map(map.nodes.map((n) => [n.id, n.kind])), [map]);
  const misses = a.recoveryTimes.filter((r) => r.meetsRto === false).length;
  const chosen = selected ? times.get(selected) : undefined;
  const onPath = new Set(chosen?.criticalPath ?? []);
  const keep = (u: RecoveryUnit) =>
    !props.onlyMisses || u.nodeIds.some((id) => times.get(id)?.meetsRto === false);
  if (a.nodeCount === 0)
    return <p className="muted">No nodes yet: add processes and resources on the map.</p>;
  return (
    <>
      <p className="muted">
        {a.recoveryOrder.explanation}{' '}
        <strong className={misses > 0 ? 'recovery-miss-text' : ''} data-testid="recovery-misses">
          {misses === 0
            ? 'Every node can be recovered within its RTO.'
            : `${plural(misses, 'node')} cannot meet ${misses === 1 ? 'its' : 'their'} RTO.`}
        </strong>
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={props.onlyMisses}
          onChange={(e) => props.onOnlyMisses(e.target.checked)}
        />{' '}
        Only nodes that cannot meet their RTO
      </label>
      {chosen && <CriticalPathPanel time={chosen} times={times} />}
      <div className="recovery-waves" role="list" aria-label="Recovery waves">
        {a.recoveryOrder.waves.map((w) => {
          const units = w.units.filter(keep);
          return (
            <section key={w.wave} className="recovery-wave" role="listitem" aria-label={`Wave ${w.wave + 1}`}>
              <h2>Wave {w.wave + 1}</h2>
              <p className="small muted">{plural(units.length, 'unit')}</p>
              <ul>
                {units.slice(0, PER_WAVE).map((u) => (
                  <li key={u.nodeIds.join(' ')} className={u.cycleId ? 'recovery-cycle' : undefined}>
                    {u.cycleId && <div className="small muted">{u.cycleId}: restored together</div>}
                    {u.nodeIds.map((id) => {
                      const t = times.get(id);
                      const kind = kinds.get(id);
                      return t ? (
                        <NodeCard
                          key={id}
                          time={t}
                          kind={kind ? KIND_LABEL[kind] : ''}
                          selected={id === selected}
                          onPath={onPath.has(id)}
                        />
                      ) : null;
                    })}
                  </li>
                ))}
              </ul>
              {units.length > PER_WAVE && (
                <p className="small muted">
                  {plural(units.length - PER_WAVE, 'more unit')} not shown; filter to the nodes that cannot
                  meet their RTO.
                </p>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}

function NodeCard(props: { time: RecoveryTime; kind: string; selected: boolean; onPath: boolean }) {
  const t = props.time;
  const miss = t.meetsRto === false;
  const cls = [
    'recovery-node',
    miss && 'recovery-miss',
    props.onPath && 'recovery-onpath',
    props.selected && 'recovery-selected',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={cls}
      aria-pressed={props.selected}
      data-testid={`recovery-node-${t.id}`}
      onClick={() => navigate({ area: 'recovery', id: props.selected ? null : t.id })}
    >
      <span className="recovery-name">{t.name}</span>
      <span className="small muted">{props.kind}</span>
      <span className="small recovery-times">
        back in {formatDuration(t.achievableMinutes)}
        {t.rtoMinutes === undefined ? ' · no RTO' : ` · RTO ${formatDuration(t.rtoMinutes)}`}
      </span>
      {miss && t.gapMinutes !== undefined && (
        <span className="small recovery-gap">misses by {formatDuration(t.gapMinutes)}</span>
      )}
    </button>
  );
}
