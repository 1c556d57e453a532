// The scenario × service matrix, computed in a Web Worker (matrix.worker.ts) so the page stays
// responsive: within / breach / P(within tolerance) per cell, coloured; a cell opens its breaching
// path and the remediations a planner could try, each recomputed with the same seed.
import { useState } from 'react';
import type { ScenarioView, ServiceView } from '../../../../shared/contract';
import type {
  MatrixCell,
  RemediationHint,
  ResilienceInput,
  ScenarioMatrix,
} from '../../../../shared/domain/resilience';
import { formatDuration } from '../../../../shared/format/duration';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { runInWorker } from './run-worker';

const pct = (p: number | null) => (p === null ? '—' : `${(p * 100).toFixed(p === 0 || p === 1 ? 0 : 1)} %`);

function cellClass(c: MatrixCell): string {
  if (c.status === 'unaffected') return 'res-cell unaffected';
  if (c.status === 'no-tolerance') return 'res-cell none';
  if (c.status === 'breach') return 'res-cell breach';
  return (c.probability ?? 1) < 0.9 ? 'res-cell at-risk' : 'res-cell within';
}

function cellText(c: MatrixCell): string {
  if (c.status === 'unaffected') return 'Unaffected';
  if (c.status === 'no-tolerance') return `Down ${formatDuration(c.achievableMinutes)} · no tolerance`;
  return `${c.status === 'breach' ? 'Breach' : 'Within'} · ${pct(c.probability)}`;
}

export function MatrixPanel(props: { services: ServiceView[]; scenarios: ScenarioView[] }) {
  const [state, setState] = useState<{ input: ResilienceInput; matrix: ScenarioMatrix; ms: number }>();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string>();
  const [open, setOpen] = useState<MatrixCell>();
  const [hints, setHints] = useState<RemediationHint[]>();
  const run = async () => {
    setRunning(true);
    setError(undefined);
    setOpen(undefined);
    try {
      const input = await api['resilience.matrixInput']({});
      const r = await runInWorker({ kind: 'matrix', input });
      if (r.kind === 'matrix') setState({ input, matrix: r.matrix, ms: r.ms });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setRunning(false);
    }
  };
  const remediate = async (cell: MatrixCell) => {
    if (!state) return;
    setHints(undefined);
    try {
      const r = await runInWorker({ kind: 'hints', input: state.input, cell });
      if (r.kind === 'hints') setHints(r.hints);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const scenarioName = new Map(props.scenarios.map((s) => [s.id, s.name]));
  const serviceName = new Map(props.services.map((s) => [s.id, s.name]));
  const m = state?.matrix;
  return (
    <section className="card" aria-labelledby="res-matrix">
      <div className="row spread">
        <h2 id="res-matrix">Scenario × service matrix</h2>
        <button type="button" className="primary" onClick={() => void run()} disabled={running}>
          {running ? 'Running…' : 'Run scenarios'}
        </button>
      </div>
      <ErrorNotice message={error} />
      {!m ? (
        <p className="muted">
          Runs every scenario against every service: what goes down, the achievable recovery along the
          critical path, and P(recover within tolerance) from {'10,000'} seeded Monte Carlo runs over the
          runbooks&apos; estimates.
        </p>
      ) : (
        <>
          <p className="muted small">
            {m.runs.toLocaleString('en-GB')} runs per scenario, seed {m.seed}; computed in a worker in{' '}
            {Math.round(state.ms)} ms.
          </p>
          <div className="res-scroll">
            <table className="rb-table res-matrix" aria-label="Scenario matrix">
              <thead>
                <tr>
                  <th>Scenario</th>
                  {state.input.services.map((s) => (
                    <th key={s.id}>
                      {s.name}
                      <div className="muted small">tolerance {formatDuration(s.toleranceMinutes)}</div>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {m.scenarios.map((sc) => (
                  <tr key={sc.scenarioId}>
                    <th scope="row">{scenarioName.get(sc.scenarioId) ?? sc.scenarioId}</th>
                    {sc.cells.map((c) => (
                      <td key={c.serviceId}>
                        <button
                          type="button"
                          className={cellClass(c)}
                          onClick={() => {
                            setOpen(c);
                            setHints(undefined);
                          }}
                        >
                          {cellText(c)}
                        </button>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {m.scenarios
            .flatMap((s) => s.problems)
            .map((p, i) => (
              <p key={i} className="muted small">
                {p}
              </p>
            ))}
        </>
      )}
      {open && (
        <div className="res-detail" role="region" aria-label="Cell detail">
          <h3>
            {scenarioName.get(open.scenarioId)} × {serviceName.get(open.serviceId)}
          </h3>
          <p>{open.explanation}</p>
          {open.path.length > 0 && (
            <ol
              className="res-path"
              aria-label={open.status === 'breach' ? 'Breaching path' : 'Critical path'}
            >
              {open.path.map((p) => (
                <li key={p.nodeId}>
                  {p.name}{' '}
                  <span className="muted small">
                    · {formatDuration(p.ownMinutes)} ({p.source})
                  </span>
                </li>
              ))}
            </ol>
          )}
          {open.status === 'breach' && (
            <button type="button" onClick={() => void remediate(open)}>
              Try remediations
            </button>
          )}
          {hints && (
            <table className="rb-table" aria-label="Remediations">
              <thead>
                <tr>
                  <th>Change</th>
                  <th>Achievable</th>
                  <th>P(within tolerance)</th>
                </tr>
              </thead>
              <tbody>
                {hints.map((h, i) => (
                  <tr key={i}>
                    <td>{h.label}</td>
                    <td>
                      {h.status === 'unaffected' ? 'not taken down' : formatDuration(h.achievableMinutes)}
                    </td>
                    <td>
                      {pct(open.probability)} → {pct(h.probability)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
