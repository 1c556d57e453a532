// BIA coverage: processes by department with an approved, in-review, draft or missing BIA.
import { BIA_COVERAGE, type BiaCoverage, type DashboardView } from '../../../../shared/contract';
import { FigureLink } from './FigureLink';
import { StackedBars } from './StackedBars';

const COVERAGE_LABEL: Record<BiaCoverage, string> = {
  approved: 'approved',
  in_review: 'in review',
  draft: 'draft',
  missing: 'no BIA yet',
};

export function CoverageCard({ coverage, processCount }: Pick<DashboardView, 'coverage' | 'processCount'>) {
  const rows = coverage.byDepartment.map((d) => ({
    label: d.department,
    parts: BIA_COVERAGE.map((k) => ({
      key: k,
      label: `${COVERAGE_LABEL[k]} BIA${k === 'missing' ? '' : 's'}`,
      count: d.figures[k].count,
      to: { area: 'bia' as const, query: d.figures[k].link.query },
    })),
  }));
  return (
    <section className="card dash-card dash-wide" aria-labelledby="dash-coverage">
      <h2 id="dash-coverage">BIA coverage</h2>
      <ul className="dash-keys" aria-label="BIA coverage of all processes">
        {BIA_COVERAGE.map((k) => (
          <li key={k}>
            <span className={`key-swatch seg-${k}`} aria-hidden="true" />
            <FigureLink figure={coverage.total[k]} label={`processes with ${COVERAGE_LABEL[k]} BIA`} />{' '}
            {COVERAGE_LABEL[k]}
          </li>
        ))}
        <li className="muted">of {processCount} processes</li>
      </ul>
      {rows.length === 0 ? (
        <p className="muted">No processes yet. Add them under Registers.</p>
      ) : (
        <StackedBars
          width={900}
          rows={rows}
          label="BIA status of the processes in each department"
          testId="coverage-chart"
        />
      )}
    </section>
  );
}
