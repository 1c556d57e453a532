// The selected edge: who needs whom, hard or soft, its redundancy group and any inversion on it.
import type { EdgeView } from '../../../../shared/contract';
import type { MapIndex } from '../../../../shared/presentation/map-scene';
import { InversionList } from './InversionList';

export function EdgePanel(props: {
  edge: EdgeView;
  index: MapIndex;
  onSelect: (id: string) => void;
  onToggleHard: () => void;
  onUngroup: () => void;
  onRetire: () => void;
}) {
  const { edge, index } = props;
  const name = (id: string) => index.node.get(id)?.name ?? id;
  const inversions = index.inversionByEdge.get(edge.id) ?? [];
  return (
    <aside className="map-panel" aria-label="Dependency">
      <h2>Dependency</h2>
      <p>
        <button type="button" className="link" onClick={() => props.onSelect(edge.consumerId)}>
          {name(edge.consumerId)}
        </button>{' '}
        needs{' '}
        <button type="button" className="link" onClick={() => props.onSelect(edge.providerId)}>
          {name(edge.providerId)}
        </button>
      </p>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>
          {edge.hard ? 'hard: its failure brings the consumer down' : 'soft: drawn only, never propagates'}
        </dd>
        <dt>Redundancy</dt>
        <dd>{edge.groupId ? `any one of group “${edge.groupId}” suffices` : 'required on its own'}</dd>
        {edge.notes && (
          <>
            <dt>Notes</dt>
            <dd>{edge.notes}</dd>
          </>
        )}
      </dl>
      {inversions.length > 0 && (
        <>
          <h3>RTO inversion on this edge</h3>
          <InversionList inversions={inversions} onSelect={props.onSelect} />
        </>
      )}
      <div className="row map-actions">
        <button type="button" onClick={props.onToggleHard} disabled={Boolean(edge.groupId) && edge.hard}>
          Make {edge.hard ? 'soft' : 'hard'}
        </button>
        {edge.groupId && (
          <button type="button" onClick={props.onUngroup}>
            Take out of the group
          </button>
        )}
        <button type="button" className="danger" onClick={props.onRetire}>
          Retire… <kbd>Del</kbd>
        </button>
      </div>
    </aside>
  );
}
