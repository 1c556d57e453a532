// How a conflict stands against the exceptions register, in one line, wherever a conflict is shown;
// and the way from an open conflict to raising an exception for it.
import type { ConflictAcceptance } from '../../../../shared/contract';
import { navigate } from '../../routing/navigate';
import './exceptions.css';

export function AcceptanceMark({ acceptance }: { acceptance: ConflictAcceptance | undefined }) {
  if (!acceptance) return null;
  const { status, owner, expiresOn } = acceptance;
  const text =
    status === 'accepted'
      ? `Accepted as exception by ${owner} until ${expiresOn}`
      : status === 'expired'
        ? `Exception expired ${expiresOn}: open again`
        : `Exception proposed (owner ${owner}), awaiting sign-off`;
  return (
    <span className={`acceptance acceptance-${status}`} data-status={status}>
      {text}
    </span>
  );
}

/** Offered while no exception is in force or proposed: accepted conflicts need no second one. */
export function AcceptButton({
  conflictKey,
  acceptance,
}: {
  conflictKey?: string;
  acceptance?: ConflictAcceptance;
}) {
  if (!conflictKey || acceptance?.status === 'accepted' || acceptance?.status === 'proposed') return null;
  return (
    <button
      type="button"
      className="link small"
      onClick={() => navigate({ area: 'exceptions', query: { key: conflictKey } })}
    >
      Accept as exception…
    </button>
  );
}
