// The programme home's exceptions due: acceptances that have expired (their conflicts are open
// again) and those expiring in the next 30 days, each opening the register.
import { plural } from '../../../../shared/format/plural';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { navigate } from '../../routing/navigate';

const SOON_DAYS = 30;

export function ExceptionsDueCard() {
  const list = useApi(() => api['exceptions.list']({}), []);
  const v = list.data;
  if (!v || v.exceptions.length === 0) return null;
  const soon = new Date(Date.parse(v.asOf) + SOON_DAYS * 86_400_000).toISOString().slice(0, 10);
  const expired = v.exceptions.filter((e) => e.status === 'expired');
  const expiring = v.exceptions.filter((e) => e.status === 'accepted' && e.expiresOn <= soon);
  const proposed = v.exceptions.filter((e) => e.status === 'proposed');
  return (
    <section className="card dash-card" aria-labelledby="dash-exceptions">
      <h2 id="dash-exceptions">Exceptions due</h2>
      <p className="dash-line" data-testid="exceptions-due">
        {plural(expired.length, 'exception')} expired (conflict open again) ·{' '}
        {plural(expiring.length, 'exception')} expiring in {SOON_DAYS} days ·{' '}
        {plural(proposed.length, 'exception')} awaiting sign-off
      </p>
      {expired.length > 0 && (
        <ul className="issues" aria-label="Expired exceptions">
          {expired.map((e) => (
            <li key={e.id} className="issue issue-error">
              {e.conflictSummary}{' '}
              <span className="muted small">
                (owner {e.owner}, expired {e.expiresOn})
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="link" onClick={() => navigate({ area: 'exceptions' })}>
        Open the exceptions register
      </button>
    </section>
  );
}
