// Reviews that expire: BIAs, services, tolerances and scenarios overdue, due within 30 days, never
// reviewed, or called back by a release that changed a critical process's dependency.
import type { ReviewItem } from '../../../../shared/contract';
import { formatDate } from '../../../../shared/format/datetime';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { useState } from 'react';

const LABEL: Record<ReviewItem['state'], string> = {
  overdue: 'overdue',
  're-review': 'changed since review',
  'never-reviewed': 'never reviewed',
  'expires-soon': 'expires soon',
  current: 'current',
};

export function ReviewsPanel() {
  const overview = useApi(() => api['resilience.overview']({}), []);
  const [error, setError] = useState<string>();
  const rows = overview.data?.reviews ?? [];
  const record = async (r: ReviewItem) => {
    setError(undefined);
    try {
      await api['reviews.record']({ kind: r.kind, id: r.id });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <section className="card" aria-labelledby="res-reviews">
      <h2 id="res-reviews">
        Reviews expiring or overdue <span className="dr-count">{rows.length}</span>
      </h2>
      <ErrorNotice message={overview.error ?? error} />
      {rows.length === 0 ? (
        <p className="muted">Every BIA, service, tolerance and scenario is within its review interval.</p>
      ) : (
        <div className="dr-scroll">
          <table className="rb-table" aria-label="Reviews due">
            <thead>
              <tr>
                <th>What</th>
                <th>State</th>
                <th>Due</th>
                <th>Why</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.kind}:${r.id}`}>
                  <td>
                    {r.name} <span className="muted small">({r.kind === 'bia' ? 'BIA' : r.kind})</span>
                  </td>
                  <td className={`res-review ${r.state}`}>{LABEL[r.state]}</td>
                  <td>{r.dueAt ? formatDate(r.dueAt) : '—'}</td>
                  <td className="small">{r.reason}</td>
                  <td>
                    <button type="button" className="link small" onClick={() => void record(r)}>
                      Mark reviewed
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
