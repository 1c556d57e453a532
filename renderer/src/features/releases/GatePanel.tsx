// The go/no-go gate: every check with pass, fail, waived or n/a and its reason; a failed check can be
// waived with a justification by someone other than the release owner.
import { useState } from 'react';
import type { GateView } from '../../../../shared/contract';
import { UNWAIVABLE_CHECKS, type GateCheckId } from '../../../../shared/domain/release';
import { api } from '../../api/client';
import { CHECK_TEXT } from './format';
import type { Run } from './types';

export function GatePanel({ gate, run }: { gate: GateView; run: Run }) {
  const [waiving, setWaiving] = useState<GateCheckId | null>(null);
  const [justification, setJustification] = useState('');
  return (
    <div className="card rel-gate">
      <h2>
        Gate:{' '}
        <span className={gate.go ? 'rel-go' : 'rel-nogo'} data-testid="gate-verdict">
          {gate.go ? 'GO' : 'NO-GO'}
        </span>
      </h2>
      <p className="small">{gate.summary}</p>
      <ul className="rel-checks" aria-label="Gate checks">
        {gate.checks.map((c) => (
          <li key={c.id} className={`rel-check rel-check-${c.status}`} data-testid={`check-${c.id}`}>
            <span className="rel-check-status">{CHECK_TEXT[c.status]}</span>
            <div>
              <strong>{c.label}</strong>
              <div className="small">{c.reason}</div>
              {c.status === 'fail' && !UNWAIVABLE_CHECKS.includes(c.id) && waiving !== c.id && (
                <button type="button" className="link" onClick={() => setWaiving(c.id)}>
                  Waive…
                </button>
              )}
              {waiving === c.id && (
                <form
                  className="rel-waive"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void run(
                      () => api['gate.waive']({ releaseId: gate.release.id, checkId: c.id, justification }),
                      'Waiver recorded.',
                    ).then((ok) => ok && setWaiving(null));
                  }}
                >
                  <label>
                    Why is it safe to proceed?
                    <textarea
                      value={justification}
                      onChange={(e) => setJustification(e.target.value)}
                      rows={2}
                    />
                  </label>
                  <button type="submit">Record waiver</button>{' '}
                  <button type="button" className="link" onClick={() => setWaiving(null)}>
                    Cancel
                  </button>
                </form>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
