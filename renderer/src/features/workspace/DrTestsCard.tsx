// DR tests due: nodes overdue for a test under their tier's frequency, by tier, and tests planned
// for the next two weeks.
import type { DashboardView } from '../../../../shared/contract';
import { FigureLink } from './FigureLink';
import { StackedBars } from './StackedBars';

export function DrTestsCard({ drTests }: Pick<DashboardView, 'drTests'>) {
  const rows = drTests.byTier.map((t) => ({
    label: `${t.tierName} (every ${t.testFrequencyDays} d)`,
    parts: [
      {
        key: 'never',
        label: 'never tested',
        count: t.neverTested,
        to: { area: 'drtests' as const, query: t.figure.link.query },
      },
      {
        key: 'late',
        label: 'past their frequency',
        count: t.late,
        to: { area: 'drtests' as const, query: t.figure.link.query },
      },
    ],
  }));
  return (
    <section className="card dash-card" aria-labelledby="dash-drtests">
      <h2 id="dash-drtests">DR tests due</h2>
      <p className="dash-line">
        <FigureLink figure={drTests.overdue} label="nodes overdue for a DR test" className="big" /> nodes
        overdue for a DR test ·{' '}
        <FigureLink figure={drTests.scheduledSoon} label="DR tests planned in the next two weeks" /> planned
        in the next two weeks
      </p>
      {rows.length > 0 && (
        <>
          <ul className="dash-keys" aria-hidden="true">
            <li>
              <span className="key-swatch seg-never" /> never tested
            </li>
            <li>
              <span className="key-swatch seg-late" /> past their tier&apos;s frequency
            </li>
          </ul>
          <StackedBars
            width={460}
            rows={rows}
            label="Nodes overdue for a DR test, by tier"
            testId="overdue-chart"
          />
          <ul className="dash-tier-links" aria-label="Overdue by tier">
            {drTests.byTier.map((t) => (
              <li key={t.tierName}>
                {t.tierName}: <FigureLink figure={t.figure} label={`${t.tierName} nodes overdue`} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
