// Every conflict and warning across the processes, each linking to the BIA it belongs to.
import { CANNOT_MEET_RTO, type ObjectivesConflict } from '../../../../shared/contract';
import { navigate } from '../../routing/navigate';
import { openBia } from '../../components/navigation';
import { AcceptButton, AcceptanceMark } from '../exceptions/AcceptanceMark';

export function ConflictList({ conflicts }: { conflicts: ObjectivesConflict[] }) {
  if (conflicts.length === 0) return <p className="ok-line">No conflicts.</p>;
  return (
    <ul className="issues" aria-label="Every conflict">
      {conflicts.map((c, i) => (
        <li
          key={`${c.processId}-${c.code}-${i}`}
          className={`issue issue-${c.acceptance?.status === 'accepted' ? 'accepted' : c.severity}`}
        >
          {c.subjectKind === 'process' ? (
            <button type="button" className="link" onClick={() => openBia(c.processId)}>
              {c.processName}
            </button>
          ) : (
            <strong>
              {c.processName} <span className="muted small">({c.subjectKind})</span>
            </strong>
          )}{' '}
          <span className="muted small">
            {c.acceptance?.status === 'accepted'
              ? 'accepted'
              : c.severity === 'error'
                ? 'conflict'
                : 'warning'}
          </span>
          : {c.message} <AcceptanceMark acceptance={c.acceptance} />{' '}
          <AcceptButton conflictKey={c.key} acceptance={c.acceptance} />
          {c.path && c.path.length > 0 && <div className="muted small">Path: {c.path.join(' → ')}</div>}
          {c.code === CANNOT_MEET_RTO && (
            <button
              type="button"
              className="link small"
              onClick={() => navigate({ area: 'recovery', id: c.processId })}
            >
              Critical path in the recovery order
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
