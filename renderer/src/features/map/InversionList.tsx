// RTO inversions with the path that causes each, from the demanding consumer down to the slow provider.
import type { RtoInversion } from '../../../../shared/domain/graph';
import { formatDuration } from '../../../../shared/format/duration';
import { inversionKey } from '../../../../shared/domain/exceptions';
import { AcceptButton, AcceptanceMark } from '../exceptions/AcceptanceMark';
import { useStandings } from '../exceptions/use-standings';

export function InversionList({
  inversions,
  onSelect,
}: {
  inversions: readonly RtoInversion[];
  onSelect: (id: string) => void;
}) {
  const standings = useStandings();
  return (
    <ul className="map-list map-inversions" data-testid="inversion-list">
      {inversions.map((inv) => (
        <li key={`${inv.consumer.id}:${inv.edgeIds.join(',')}`}>
          <span className="map-bad">+{formatDuration(inv.excessMinutes)}</span>{' '}
          <span className="map-path">
            {inv.path.map((p, i) => (
              <span key={`${p.id}-${i}`}>
                {i > 0 && ' → '}
                <button type="button" className="link" onClick={() => onSelect(p.id)}>
                  {p.name}
                </button>
              </span>
            ))}
            {inv.pathTruncated ? ' (shortened)' : ''}
          </span>
          <div className="muted small">{inv.explanation}</div>
          <AcceptanceMark acceptance={standings.get(inversionKey(inv))} />{' '}
          <AcceptButton conflictKey={inversionKey(inv)} acceptance={standings.get(inversionKey(inv))} />
        </li>
      ))}
    </ul>
  );
}
