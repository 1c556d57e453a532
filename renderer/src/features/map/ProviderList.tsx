// A consumer's providers. Ticking two or more and grouping them says "any one of these suffices"
// (one groupId on their edges); ungrouping makes each required again.
import { useState } from 'react';
import type { EdgeView } from '../../../../shared/contract';
import type { MapIndex } from '../../../../shared/presentation/map-scene';

export function ProviderList(props: {
  providers: EdgeView[];
  index: MapIndex;
  onSelect: (id: string) => void;
  onGroup: (edges: EdgeView[]) => void;
  onUngroup: (edges: EdgeView[]) => void;
}) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const chosen = props.providers.filter((e) => ticked.has(e.id));
  const groupable = chosen.filter((e) => e.hard);
  const name = (id: string) => props.index.node.get(id)?.name ?? id;
  const toggle = (id: string) =>
    setTicked((t) => {
      const next = new Set(t);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <>
      <h3>Needs ({props.providers.length})</h3>
      {props.providers.length === 0 ? (
        <p className="muted small">No providers yet. Press C to connect one.</p>
      ) : (
        <ul className="map-list" aria-label="Providers">
          {props.providers.map((e) => (
            <li key={e.id} className="map-provider">
              <input
                type="checkbox"
                checked={ticked.has(e.id)}
                onChange={() => toggle(e.id)}
                aria-label={`Choose ${name(e.providerId)} for grouping`}
              />
              <button type="button" className="link" onClick={() => props.onSelect(e.providerId)}>
                {name(e.providerId)}
              </button>
              {e.groupId && <span className="map-group-tag">any of: {e.groupId}</span>}
              {!e.hard && <span className="muted small">soft</span>}
              {props.index.inversionByEdge.has(e.id) && <span className="map-bad small">inversion</span>}
            </li>
          ))}
        </ul>
      )}
      {props.providers.length > 1 && (
        <div className="row map-actions">
          <button
            type="button"
            disabled={groupable.length < 2}
            title="Two or more hard dependencies, any one of which suffices"
            onClick={() => {
              props.onGroup(groupable);
              setTicked(new Set());
            }}
          >
            Group as redundant
          </button>
          <button
            type="button"
            disabled={!chosen.some((e) => e.groupId)}
            onClick={() => {
              props.onUngroup(chosen.filter((e) => e.groupId));
              setTicked(new Set());
            }}
          >
            Ungroup
          </button>
        </div>
      )}
    </>
  );
}
