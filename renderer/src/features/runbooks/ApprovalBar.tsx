// Review and approval of the latest version: submit, approve (by someone other than the author, the
// backend says so when not), return to draft, retire; and the record of who did what.
import type { RunbookDetail, RunbookVersionStatus } from '../../../../shared/contract';
import { api } from '../../api/client';
import { formatDateTime } from '../../../../shared/format/datetime';
import { ApprovedBy, latestSignoff, useSignoffs } from '../../components/Signoffs';

export function ApprovalBar(props: {
  detail: RunbookDetail;
  readOnly: boolean;
  run: (fn: () => Promise<unknown>, done?: string) => Promise<void>;
}) {
  const v = props.detail.version;
  // A version's approval may be signed under the runbook's id (with the version number) or the version's.
  const signoffs = useSignoffs([v.runbookId, v.id], ['runbook.approve']).filter(
    (s) => s.entityId === v.id || s.version === v.version,
  );
  const move = (to: Exclude<RunbookVersionStatus, never>, done: string) =>
    props.run(() => api['runbooks.transition']({ runbookId: props.detail.summary.id, to }), done);
  return (
    <div className="rb-approval card">
      <div className="row">
        {!props.readOnly && v.status === 'draft' && (
          <button
            type="button"
            className="primary"
            onClick={() => move('in_review', 'Submitted for review.')}
          >
            Submit for review
          </button>
        )}
        {!props.readOnly && v.status === 'in_review' && (
          <>
            <button
              type="button"
              className="primary"
              onClick={() => move('approved', `Version ${v.version} approved.`)}
            >
              Approve
            </button>
            <button type="button" onClick={() => move('draft', 'Returned to draft.')}>
              Return to draft
            </button>
          </>
        )}
        {!props.readOnly && v.status !== 'retired' && (
          <button type="button" onClick={() => move('retired', 'Retired.')}>
            Retire
          </button>
        )}
        <span className="muted small">Written by {v.authorName}</span>
        {v.submittedBy && (
          <span className="muted small">
            · submitted by {v.submittedBy} on {formatDateTime(v.submittedAt)}
          </span>
        )}
      </div>
      {v.approvedBy && (
        <p className="approved-line" data-testid="rb-approved-by">
          <ApprovedBy name={v.approvedBy} at={v.approvedAt} signoff={latestSignoff(signoffs)} />
        </p>
      )}
    </div>
  );
}
