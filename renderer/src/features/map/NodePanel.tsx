// The selected node: its objectives, achievable recovery against the RTO, SPOF status, inversions,
// blast radius, and its providers and consumers (where redundancy groups are made and undone).
import { useState } from 'react';
import type { DependencyMap, EdgeView, MapNode } from '../../../../shared/contract';
import type { BlastRadius } from '../../../../shared/domain/graph';
import { formatDuration } from '../../../../shared/format/duration';
import { KIND_STYLES } from '../../../../shared/presentation/palette';
import type { MapIndex } from '../../../../shared/presentation/map-scene';
import { InversionList } from './InversionList';
import { conflictKey } from '../../../../shared/domain/exceptions';
import { AcceptButton, AcceptanceMark } from '../exceptions/AcceptanceMark';
import { useStandings } from '../exceptions/use-standings';
import { ProviderList } from './ProviderList';

export function NodePanel(props: {
  node: MapNode;
  map: DependencyMap;
  index: MapIndex;
  blast: BlastRadius | undefined;
  onSelect: (id: string) => void;
  onGroup: (edges: EdgeView[]) => void;
  onUngroup: (edges: EdgeView[]) => void;
  onConnect: () => void;
  onRetire: () => void;
}) {
  const { node, map, index } = props;
  const [showAllFailed, setShowAllFailed] = useState(false);
  const standings = useStandings();
  const name = (id: string) => index.node.get(id)?.name ?? id;
  const recovery = index.recovery.get(node.id);
  const spof = map.analysis.singlePointsOfFailure.find((s) => s.id === node.id);
  const inversions = index.inversionsByNode.get(node.id) ?? [];
  const providers = map.edges.filter((e) => e.consumerId === node.id);
  const consumers = map.edges.filter((e) => e.providerId === node.id);
  const failed = props.blast?.failed.filter((f) => !f.origin) ?? [];
  const shownFailed = showAllFailed ? failed : failed.slice(0, 25);

  return (
    <aside className="map-panel" aria-label={`Node ${node.name}`}>
      <h2>{node.name}</h2>
      <p className="muted small">
        {KIND_STYLES[node.kind].label}
        {node.department ? ` · ${node.department}` : ''}
      </p>
      <dl className="facts">
        <dt>Tier</dt>
        <dd>{node.tierName ?? 'none'}</dd>
        <dt>RTO</dt>
        <dd>{formatDuration(node.rtoMinutes)}</dd>
        <dt>Restore time</dt>
        <dd>{formatDuration(node.restoreMinutes)}</dd>
        <dt>Measured</dt>
        <dd>
          {node.provenMinutes === null
            ? 'not measured by a DR test'
            : `${formatDuration(node.provenMinutes)} in a DR test (${node.provenAt?.slice(0, 10) ?? ''})`}
        </dd>
        <dt>Achievable</dt>
        <dd data-testid="achievable">
          {recovery ? (
            <>
              {formatDuration(recovery.achievableMinutes)}
              {recovery.ownSource === 'none' && (
                <span className="muted"> (no restore estimate of its own)</span>
              )}
              {recovery.estimatedMinutes !== undefined &&
                recovery.estimatedMinutes !== recovery.achievableMinutes && (
                  <span className="muted" data-testid="estimate-gap">
                    {' '}
                    (measured; the estimates give {formatDuration(recovery.estimatedMinutes)},{' '}
                    {formatDuration(Math.abs(recovery.achievableMinutes - recovery.estimatedMinutes))}{' '}
                    {recovery.achievableMinutes > recovery.estimatedMinutes ? 'slower' : 'faster'})
                  </span>
                )}
              {recovery.meetsRto === false && (
                <span className="map-bad"> · misses the RTO by {formatDuration(recovery.gapMinutes)}</span>
              )}
              {recovery.meetsRto === false && (
                <>
                  {' '}
                  <AcceptanceMark
                    acceptance={standings.get(conflictKey('cannot-meet-rto', [node.id]))}
                  />{' '}
                  <AcceptButton
                    conflictKey={conflictKey('cannot-meet-rto', [node.id])}
                    acceptance={standings.get(conflictKey('cannot-meet-rto', [node.id]))}
                  />
                </>
              )}
              {recovery.meetsRto === true && <span className="map-ok"> · meets the RTO</span>}
            </>
          ) : (
            '—'
          )}
        </dd>
      </dl>
      {recovery && recovery.criticalPath.length > 1 && (
        <p className="small">
          Critical path: {recovery.criticalPath.map(name).join(' → ')}
          {recovery.pathTruncated ? ' (shortened)' : ''}
        </p>
      )}

      <h3>Single point of failure</h3>
      {spof ? (
        <div className="map-spof-note" data-testid="spof-status">
          <strong>SPOF.</strong> {spof.explanation}
          <ul>
            {spof.takesDown.map((p) => (
              <li key={p.id}>
                <button type="button" className="link" onClick={() => props.onSelect(p.id)}>
                  {p.name}
                </button>{' '}
                <span className="muted">Tier {p.tierRank ?? '—'}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="muted small" data-testid="spof-status">
          No: its failure alone takes down no Tier 0 or 1 process.
        </p>
      )}

      <h3>RTO inversions</h3>
      {inversions.length === 0 ? (
        <p className="muted small">None involve this node.</p>
      ) : (
        <InversionList inversions={inversions} onSelect={props.onSelect} />
      )}

      <h3>Blast radius</h3>
      {props.blast ? (
        <>
          <p className="small">{props.blast.explanation}</p>
          {failed.length > 0 && (
            <ul className="map-list" data-testid="blast-list" aria-label="Fails with it">
              {shownFailed.map((f) => (
                <li key={f.id}>
                  <button type="button" className="link" onClick={() => props.onSelect(f.id)}>
                    {f.name}
                  </button>{' '}
                  <span className="muted small">{KIND_STYLES[f.kind].label}</span>
                </li>
              ))}
            </ul>
          )}
          {failed.length > shownFailed.length && (
            <button type="button" className="link" onClick={() => setShowAllFailed(true)}>
              Show all {failed.length}
            </button>
          )}
        </>
      ) : (
        <p className="muted small">Working it out…</p>
      )}

      <ProviderList
        providers={providers}
        index={index}
        onSelect={props.onSelect}
        onGroup={props.onGroup}
        onUngroup={props.onUngroup}
      />

      <h3>Needed by ({consumers.length})</h3>
      {consumers.length === 0 ? (
        <p className="muted small">Nothing depends on it.</p>
      ) : (
        <ul className="map-list">
          {consumers.map((e) => (
            <li key={e.id}>
              <button type="button" className="link" onClick={() => props.onSelect(e.consumerId)}>
                {name(e.consumerId)}
              </button>
              {!e.hard && <span className="muted small"> (soft)</span>}
            </li>
          ))}
        </ul>
      )}

      <div className="row map-actions">
        <button type="button" onClick={props.onConnect}>
          Connect to a provider… <kbd>C</kbd>
        </button>
        <button type="button" className="danger" onClick={props.onRetire}>
          Retire… <kbd>Del</kbd>
        </button>
      </div>
    </aside>
  );
}
