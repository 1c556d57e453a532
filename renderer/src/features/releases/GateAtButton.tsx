// The gate where a change is started: a NO-GO lists its failing checks beside the buttons, each
// waivable with a reason (where allowed), or the start is declared an emergency with a justification.
// Afterwards, which of these let the release through.
import { useState } from 'react';
import type { GateView, ReleaseView } from '../../../../shared/contract';
import { UNWAIVABLE_CHECKS, type GateCheckId, type GatePassage } from '../../../../shared/domain/release';
import { formatDateTime } from '../../../../shared/format/datetime';
import { api } from '../../api/client';
import { STATUS_TEXT } from './format';
import type { Run } from './types';

export interface EmergencyChoice {
  declared: boolean;
  justification: string;
}

export function GateAtButton(props: {
  gate: GateView;
  emergency: EmergencyChoice;
  onEmergency: (e: EmergencyChoice) => void;
  run: Run;
}) {
  const [waiving, setWaiving] = useState<GateCheckId | null>(null);
  const [reason, setReason] = useState('');
  const failing = props.gate.checks.filter((c) => c.status === 'fail');
  if (props.gate.go) return null;
  const releaseId = props.gate.release.id;
  return (
    <div className="rel-start-gate" role="region" aria-label="Gate before starting">
      <p className="notice notice-warn">
        The gate reads NO-GO: the release cannot start or deploy until every failing check is waived, or the
        change is declared an emergency.
      </p>
      <ul className="rel-failing" aria-label="Failing checks">
        {failing.map((c) => (
          <li key={c.id} data-testid={`failing-${c.id}`}>
            <strong>{c.label}</strong>: <span className="small">{c.reason}</span>{' '}
            {UNWAIVABLE_CHECKS.includes(c.id) ? (
              <span className="muted small">(cannot be waived)</span>
            ) : waiving === c.id ? (
              <form
                className="rel-waive"
                aria-label={`Waive ${c.label}`}
                onSubmit={(e) => {
                  e.preventDefault();
                  void props
                    .run(
                      () => api['gate.waive']({ releaseId, checkId: c.id, justification: reason }),
                      'Waiver recorded in the audit trail.',
                    )
                    .then((ok) => {
                      if (ok) {
                        setWaiving(null);
                        setReason('');
                      }
                    });
                }}
              >
                <label>
                  Reason for waiving
                  <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
                </label>
                <button type="submit">Record waiver</button>{' '}
                <button type="button" className="link" onClick={() => setWaiving(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <button type="button" className="link" onClick={() => setWaiving(c.id)}>
                Waive with a reason…
              </button>
            )}
          </li>
        ))}
      </ul>
      <label className="check rel-emergency-toggle">
        <input
          type="checkbox"
          checked={props.emergency.declared}
          onChange={(e) => props.onEmergency({ ...props.emergency, declared: e.target.checked })}
        />{' '}
        Declare an emergency
      </label>
      {props.emergency.declared && (
        <label className="rel-emergency-reason">
          Emergency justification
          <textarea
            value={props.emergency.justification}
            onChange={(e) => props.onEmergency({ ...props.emergency, justification: e.target.value })}
            rows={2}
          />
        </label>
      )}
    </div>
  );
}

/** What let the release start: the gate on its own, waivers (with their reasons), or an emergency. */
export function GatePassageNote({ release }: { release: ReleaseView }) {
  const p: GatePassage | null = release.gatePassage;
  if (!p) return null;
  const head = `Became ${STATUS_TEXT[p.status]} on ${formatDateTime(p.at)} (${p.by})`;
  return (
    <div className={`rel-passage rel-passage-${p.basis}`} data-testid="gate-passage">
      {p.basis === 'go' && <p>{head} with the gate at GO.</p>}
      {p.basis === 'waived' && (
        <>
          <p>{head} on waived checks:</p>
          <ul>
            {p.waived.map((w) => (
              <li key={w.checkId}>
                {w.label}: waived by {w.approver}: {w.justification}
              </li>
            ))}
          </ul>
        </>
      )}
      {p.basis === 'emergency' && (
        <>
          <p>
            {head} as a declared emergency: {p.emergency?.justification}
          </p>
          <p className="small">Failing at the time: {p.failing.map((f) => f.label).join(', ')}.</p>
        </>
      )}
    </div>
  );
}
