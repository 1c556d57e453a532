// With nothing selected: the analysis at a glance (SPOFs, inversions, cycles) and every node shown,
// as a list a keyboard can walk (arrow keys in the list move the selection on the map).
import { plural } from '../../../../shared/format/plural';
import type { DependencyMap } from '../../../../shared/contract';
import type { MapIndex } from '../../../../shared/presentation/map-scene';
import { navigate } from '../../routing/navigate';
import { InversionList } from './InversionList';

export function OverviewPanel(props: {
  map: DependencyMap;
  index: MapIndex;
  visibleIds: readonly string[];
  onSelect: (id: string) => void;
}) {
  const { map, index } = props;
  const a = map.analysis;
  const shown = props.visibleIds
    .map((id) => index.node.get(id))
    .filter((n) => n !== undefined)
    .sort((x, y) => x.name.localeCompare(y.name));
  return (
    <aside className="map-panel" aria-label="Map overview">
      <h2>Overview</h2>
      <p className="small">
        {plural(a.nodeCount, 'node')}, {plural(a.edgeCount, 'dependency', 'dependencies')} ·{' '}
        {plural(a.singlePointsOfFailure.length, 'single point of failure', 'single points of failure')} ·{' '}
        {plural(a.rtoInversions.length, 'RTO inversion')} · {plural(a.cycles.length, 'cycle')}
      </p>
      <p className="small">
        <button type="button" className="link" onClick={() => navigate({ area: 'recovery' })}>
          Recovery order
        </button>
        : {plural(a.recoveryOrder.waves.length, 'wave')},{' '}
        {plural(a.recoveryTimes.filter((r) => r.meetsRto === false).length, 'node')} missing the RTO
      </p>
      <label>
        Nodes ({shown.length} shown)
        <select size={8} className="map-node-list" onChange={(e) => props.onSelect(e.target.value)} value="">
          {shown.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </select>
      </label>
      {a.singlePointsOfFailure.length > 0 && (
        <>
          <h3>Single points of failure</h3>
          <ul className="map-list" data-testid="spof-list">
            {a.singlePointsOfFailure.slice(0, 50).map((s) => (
              <li key={s.id}>
                <button type="button" className="link" onClick={() => props.onSelect(s.id)}>
                  {s.name}
                </button>{' '}
                <span className="muted small">takes down {s.takesDown.length}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {a.rtoInversions.length > 0 && (
        <>
          <h3>RTO inversions</h3>
          <InversionList inversions={a.rtoInversions.slice(0, 50)} onSelect={props.onSelect} />
        </>
      )}
      {a.cycles.length > 0 && (
        <>
          <h3>Cycles</h3>
          <ul className="map-list">
            {a.cycles.slice(0, 50).map((c) => (
              <li key={c.id} className="small">
                {c.explanation}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
