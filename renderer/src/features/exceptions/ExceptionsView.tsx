// The exceptions register: every risk acceptance with its owner, expiry and status (computed from
// today's date), the accepting sign-off, and every conflict the analyses report now.
import { plural } from '../../../../shared/format/plural';
import type { ExceptionView } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { navigate, useRoute } from '../../routing/navigate';
import { useRun } from '../releases/use-run';
import { AcceptButton, AcceptanceMark } from './AcceptanceMark';
import { RaiseForm } from './RaiseForm';

const STATUS_WORDS: Record<ExceptionView['status'], string> = {
  proposed: 'Proposed, awaiting sign-off',
  accepted: 'Accepted',
  expired: 'Expired: conflict open again',
  withdrawn: 'Withdrawn',
};

export function ExceptionsView() {
  const list = useApi(() => api['exceptions.list']({}), []);
  const { run, error, info, clear } = useRun();
  const route = useRoute();
  const v = list.data;
  const raising = route.query.key ? v?.conflicts.find((c) => c.key === route.query.key) : undefined;
  const due = v?.exceptions.filter((e) => e.status === 'expired') ?? [];
  return (
    <section className="exceptions" aria-labelledby="exceptions-title">
      <h1 id="exceptions-title">Exceptions</h1>
      <ErrorNotice message={list.error ?? error} onDismiss={error ? clear : undefined} />
      <InfoNotice message={info} />
      {route.query.key && v && !raising && (
        <ErrorNotice message={`No current conflict has the key "${route.query.key}".`} />
      )}
      {raising && <RaiseForm conflict={raising} run={run} onDone={() => navigate({ area: 'exceptions' })} />}
      {!v ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          {due.length > 0 && (
            <p className="notice notice-error" role="status">
              {plural(due.length, 'exception')} expired: the conflicts are open again until renewed or fixed.
            </p>
          )}
          <section className="card" aria-labelledby="register-title">
            <h2 id="register-title">Register</h2>
            {v.exceptions.length === 0 ? (
              <p className="muted">No exceptions yet. Accept a conflict below, or from Objectives.</p>
            ) : (
              <table className="grid" aria-label="Exceptions register">
                <thead>
                  <tr>
                    <th>Conflict</th>
                    <th>Rationale and controls</th>
                    <th>Owner</th>
                    <th>Expires</th>
                    <th>Status</th>
                    <th>Raised / accepted by</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {v.exceptions.map((e) => (
                    <tr key={e.id} data-status={e.status}>
                      <td>
                        {e.conflictSummary}
                        {!e.conflictOpen && e.status !== 'withdrawn' && (
                          <div className="muted small">No longer reported: fixed.</div>
                        )}
                      </td>
                      <td>
                        {e.rationale}
                        {e.compensatingControls && (
                          <div className="muted small">{e.compensatingControls}</div>
                        )}
                      </td>
                      <td>{e.owner}</td>
                      <td>{e.expiresOn}</td>
                      <td>{STATUS_WORDS[e.status]}</td>
                      <td>
                        {e.raisedBy}
                        {e.acceptedBy && (
                          <>
                            {' / '}
                            {e.acceptedBy}
                            {e.signatureValid === false ? ' (signature does not verify)' : ' (signed)'}
                          </>
                        )}
                      </td>
                      <td>
                        {e.status === 'proposed' && (
                          <button
                            type="button"
                            onClick={() =>
                              void run(
                                () => api['exceptions.accept']({ exceptionId: e.id }),
                                'Exception accepted and signed.',
                              )
                            }
                          >
                            Accept and sign
                          </button>
                        )}
                        {(e.status === 'proposed' || e.status === 'accepted') && (
                          <button
                            type="button"
                            className="link small"
                            onClick={() =>
                              void run(
                                () => api['exceptions.withdraw']({ exceptionId: e.id }),
                                'Exception withdrawn.',
                              )
                            }
                          >
                            Withdraw
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section className="card" aria-labelledby="open-conflicts-title">
            <h2 id="open-conflicts-title">Conflicts reported now</h2>
            {v.conflicts.length === 0 ? (
              <p className="ok-line">No conflicts.</p>
            ) : (
              <ul className="issues" aria-label="Conflicts reported now">
                {v.conflicts.map((c) => (
                  <li key={c.key} className="issue">
                    <strong>{c.subject}</strong> <span className="muted small">({c.kind})</span>: {c.message}{' '}
                    <AcceptanceMark acceptance={c.acceptance} />{' '}
                    <AcceptButton conflictKey={c.key} acceptance={c.acceptance} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}
