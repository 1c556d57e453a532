// What the ratings and fields imply, as the API derived it: MTD, RTO, RPO, tier, each category's
// tolerance limit, and every conflict and warning in plain language.
import type { BucketView, CategoryView } from '../../../../shared/contract';
import type { BiaObjectives } from '../../../../shared/domain/bia';
import { formatDuration } from '../../../../shared/format/duration';

const SOURCE: Record<string, string> = {
  manual: 'set by hand',
  recommended: 'recommended',
  pinned: 'pinned',
  derived: 'derived from the RTO',
};

export function KeyFigures({ o, categories }: { o: BiaObjectives; categories: CategoryView[] }) {
  const mtdBy = categories.find((c) => c.id === o.mtdCategoryId)?.name;
  return (
    <dl className="key-figures" aria-label="Derived objectives">
      <div>
        <dt>MTD</dt>
        <dd data-testid="figure-mtd">{formatDuration(o.mtd)}</dd>
        <dd className="muted small">{mtdBy ? `set by ${mtdBy}` : 'nothing intolerable yet'}</dd>
      </div>
      <div>
        <dt>RTO</dt>
        <dd data-testid="figure-rto">{formatDuration(o.effectiveRto)}</dd>
        <dd className="muted small">
          {o.rtoSource ? SOURCE[o.rtoSource] : 'no MTD'}
          {o.rtoSource === 'manual' && ` (recommended ${formatDuration(o.recommendedRto)})`}
        </dd>
      </div>
      <div>
        <dt>RPO</dt>
        <dd data-testid="figure-rpo">{formatDuration(o.effectiveRpo)}</dd>
        <dd className="muted small">{o.rpoSource ? SOURCE[o.rpoSource] : 'no data-loss tolerance'}</dd>
      </div>
      <div>
        <dt>Tier</dt>
        <dd data-testid="figure-tier">{o.tier?.name ?? '—'}</dd>
        <dd className="muted small">{o.tierSource ? SOURCE[o.tierSource] : 'no RTO'}</dd>
      </div>
      <div>
        <dt>WRT</dt>
        <dd>{formatDuration(o.wrtMinutes)}</dd>
        <dd className="muted small">RTO = MTD − WRT</dd>
      </div>
    </dl>
  );
}

export function ToleranceLimits(props: {
  o: BiaObjectives;
  categories: CategoryView[];
  buckets: BucketView[];
}) {
  const byId = new Map(props.o.toleranceLimits.map((l) => [l.categoryId, l]));
  return (
    <table className="plain" aria-label="Tolerance limit per category">
      <thead>
        <tr>
          <th scope="col">Category</th>
          <th scope="col">Intolerable from</th>
        </tr>
      </thead>
      <tbody>
        {props.categories.map((c) => {
          const l = byId.get(c.id);
          return (
            <tr key={c.id} className={c.id === props.o.mtdCategoryId ? 'sets-mtd' : undefined}>
              <th scope="row">{c.name}</th>
              <td>
                {l?.minutes === null || l === undefined
                  ? 'never (within the buckets)'
                  : formatDuration(l.minutes)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function IssueList({ o }: { o: BiaObjectives }) {
  const issues = [...o.conflicts, ...o.warnings];
  if (issues.length === 0) return <p className="ok-line">No conflicts or warnings.</p>;
  return (
    <ul className="issues" aria-label="Conflicts and warnings">
      {issues.map((c, i) => (
        <li key={`${c.code}-${i}`} className={`issue issue-${c.severity}`}>
          <strong>{c.severity === 'error' ? 'Conflict' : 'Warning'}:</strong> {c.message}
        </li>
      ))}
    </ul>
  );
}
