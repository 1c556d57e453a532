// Approvals (never by the owner; the risk level says how many), the lifecycle with its outcome
// times, and the emergency override of a freeze with a written justification. Starting a change
// passes the go/no-go gate (GateAtButton).
import { useState } from 'react';
import type { GateView, ReleaseView } from '../../../../shared/contract';
import { gateGuards, type ReleaseStatus, type RiskAssessment } from '../../../../shared/domain/release';
import { GateAtButton, GatePassageNote, type EmergencyChoice } from './GateAtButton';
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

export function ApprovalsPanel(props: {
  release: ReleaseView;
  risk: RiskAssessment;
  gate: GateView;
  run: Run;
}) {
  const r = props.release;
  const [justification, setJustification] = useState('');
  const [emergency, setEmergency] = useState<EmergencyChoice>({ declared: false, justification: '' });
  const next = NEXT[r.status] ?? [];
  const guarded = next.some((s) => gateGuards(r.status, s));
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
        {next.map((s) => {
          const asEmergency = emergency.declared && !props.gate.go && gateGuards(r.status, s);
          return (
            <button
              key={s}
              type="button"
              onClick={() =>
                props.run(
                  () =>
                    api['releases.transition']({
                      releaseId,
                      status: s,
                      ...(asEmergency ? { emergency: { justification: emergency.justification } } : {}),
                    }),
                  asEmergency ? `Marked ${STATUS_TEXT[s]} as an emergency.` : `Marked ${STATUS_TEXT[s]}.`,
                )
              }
            >
              Mark {STATUS_TEXT[s]}
              {asEmergency ? ' as an emergency' : ''}
            </button>
          );
        })}
      </div>
      {guarded && (
        <GateAtButton gate={props.gate} emergency={emergency} onEmergency={setEmergency} run={props.run} />
      )}
      <GatePassageNote release={r} />
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
