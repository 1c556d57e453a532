// Approvals (never by the owner; the risk level says how many), the lifecycle with its outcome
// times, and the emergency override of a freeze with a written justification.
import { useState } from 'react';
import type { ReleaseView } from '../../../../shared/contract';
import type { ReleaseStatus, RiskAssessment } from '../../../../shared/domain/release';
import { api } from '../../api/client';
import { formatDateTime } from '../../../../shared/format/datetime';
import { ApprovedBy, useSignoffs } from '../../components/Signoffs';
import { STATUS_TEXT } from './format';
import type { Run } from './types';

const NEXT: Partial<Record<ReleaseStatus, ReleaseStatus[]>> = {
  planned: ['in-progress'],
  approved: ['in-progress', 'deployed'],
  'in-progress': ['deployed', 'failed', 'rolled-back'],
  deployed: ['failed', 'rolled-back'],
  failed: ['rolled-back'],
};

export function ApprovalsPanel(props: { release: ReleaseView; risk: RiskAssessment; run: Run }) {
  const r = props.release;
  const [justification, setJustification] = useState('');
  const releaseId = r.id;
  const signoffs = useSignoffs([r.id], ['release.approve']);
  return (
    <div className="card rel-approvals">
      <h2>Approvals</h2>
      <p className="small">
        {props.risk.level} risk needs {props.risk.approvals.description}.
      </p>
      <ul className="rel-approvers" aria-label="Approvals given">
        {r.approvals.map((a) => (
          <li key={a.approver}>
            <ApprovedBy name={a.approver} at={a.at} signoff={signoffs.find((s) => s.signedAt === a.at)} />
          </li>
        ))}
        {r.approvals.length === 0 && <li className="muted">No approvals yet.</li>}
      </ul>
      <div className="row">
        {(r.status === 'planned' || r.status === 'approved') && (
          <button
            type="button"
            className="primary"
            onClick={() => props.run(() => api['releases.approve']({ releaseId }), 'Approval recorded.')}
          >
            Approve release
          </button>
        )}
        {(NEXT[r.status] ?? []).map((s) => (
          <button
            key={s}
            type="button"
            onClick={() =>
              props.run(
                () => api['releases.transition']({ releaseId, status: s }),
                `Marked ${STATUS_TEXT[s]}.`,
              )
            }
          >
            Mark {STATUS_TEXT[s]}
          </button>
        ))}
      </div>
      <dl className="facts small">
        <dt>Deployed</dt>
        <dd>{formatDateTime(r.deployedAt)}</dd>
        <dt>Failure detected</dt>
        <dd>{formatDateTime(r.failureDetectedAt)}</dd>
        <dt>Restored</dt>
        <dd>{formatDateTime(r.restoredAt)}</dd>
      </dl>
      {r.override && (
        <p className="notice notice-warn">
          Emergency override by {r.override.by}: {r.override.justification}
        </p>
      )}
      {r.changeType === 'emergency' && (r.status === 'planned' || r.status === 'approved') && (
        <form
          className="rel-override"
          onSubmit={(e) => {
            e.preventDefault();
            void props.run(
              () => api['releases.override']({ releaseId, justification }),
              'Override recorded in the audit trail.',
            );
          }}
        >
          <label>
            Emergency override of freezes: justification
            <textarea value={justification} onChange={(e) => setJustification(e.target.value)} rows={2} />
          </label>
          <button type="submit">Override freeze</button>
        </form>
      )}
    </div>
  );
}
