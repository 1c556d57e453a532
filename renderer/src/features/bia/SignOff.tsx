// Sign-off: the status, the moves open from it, who approved and when, and a visible banner when an
// approved BIA went back to draft because someone edited it.
import { formatDateTime } from '../../../../shared/format/datetime';
import type { BiaRecord, BiaStatus } from '../../../../shared/contract';
import { StatusBadge } from '../../components/StatusBadge';
import { ApprovedBy, latestSignoff, useSignoffs } from '../../components/Signoffs';

export function SignOff(props: { bia: BiaRecord; busy: boolean; onMove: (to: BiaStatus) => void }) {
  const { bia } = props;
  const signoffs = useSignoffs([bia.processId], ['bia.approve']);
  return (
    <div className="signoff">
      <div className="row">
        <span>Status</span>
        <StatusBadge status={bia.status} />
        {bia.status === 'draft' && (
          <button
            type="button"
            className="primary"
            disabled={props.busy}
            onClick={() => props.onMove('in_review')}
          >
            Submit for review
          </button>
        )}
        {bia.status === 'in_review' && (
          <button
            type="button"
            className="primary"
            disabled={props.busy}
            onClick={() => props.onMove('approved')}
          >
            Approve
          </button>
        )}
        {bia.status !== 'draft' && (
          <button type="button" disabled={props.busy} onClick={() => props.onMove('draft')}>
            Return to draft
          </button>
        )}
      </div>
      {bia.status === 'approved' && bia.approvedBy && (
        <p className="approved-line" data-testid="approved-by">
          <ApprovedBy name={bia.approvedBy} at={bia.approvedAt} signoff={latestSignoff(signoffs)} />
        </p>
      )}
      {bia.lastEditorName && (
        <p className="muted small">
          Last edited by {bia.lastEditorName} on {formatDateTime(bia.lastEditedAt)}
        </p>
      )}
      {bia.reopenedByEdit && (
        <div className="notice notice-warn" role="status">
          Returned to draft: edited after approval by {bia.lastEditorName ?? 'someone'}
          {bia.approvedBy ? ` (approved earlier by ${bia.approvedBy})` : ''}.
        </div>
      )}
    </div>
  );
}
