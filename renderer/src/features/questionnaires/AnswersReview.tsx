// The review of a returned workbook: per process, each answer that differs from the BIA (by cell),
// with MTD, RTO, RPO and tier before and with every change; the analyst keeps or drops each change
// and each process, then accepts in one transaction.
import { useState } from 'react';
import type { AnswersPreview, DerivedSummary, ProcessAnswers } from '../../../../shared/contract';
import { formatDuration } from '../../../../shared/format/duration';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';

const mins = (m: number | null) => (m === null ? '–' : formatDuration(m));
const shown = (v: string | number | null) => (v === null || v === '' ? '–' : String(v));

function Derived({ label, d }: { label: string; d: DerivedSummary }) {
  return (
    <span className="derived">
      {label}: MTD {mins(d.mtd)} · RTO {mins(d.rto)} · RPO {mins(d.rpo)} · tier {d.tier ?? '–'}
      {d.conflicts > 0 ? ` · ${d.conflicts} conflict(s)` : ''}
    </span>
  );
}

interface Props {
  preview: AnswersPreview;
  file: { fileName: string; dataBase64: string; campaignId: string };
  onDone: (message: string) => void;
}

export function AnswersReview({ preview, file, onDone }: Props) {
  const open = (p: ProcessAnswers) => p.status !== 'accepted';
  const [chosen, setChosen] = useState<Map<string, Set<string>>>(
    () =>
      new Map(
        preview.processes.filter(open).map((p) => [p.questionnaireId, new Set(p.changes.map((c) => c.key))]),
      ),
  );
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const toggleProcess = (p: ProcessAnswers, on: boolean) =>
    setChosen((m) => {
      const next = new Map(m);
      if (on) next.set(p.questionnaireId, new Set(p.changes.map((c) => c.key)));
      else next.delete(p.questionnaireId);
      return next;
    });
  const toggleChange = (p: ProcessAnswers, key: string, on: boolean) =>
    setChosen((m) => {
      const next = new Map(m);
      const keys = new Set(next.get(p.questionnaireId) ?? []);
      if (on) keys.add(key);
      else keys.delete(key);
      next.set(p.questionnaireId, keys);
      return next;
    });

  async function accept() {
    setBusy(true);
    setError(undefined);
    try {
      const select = [...chosen].map(([questionnaireId, keys]) => ({ questionnaireId, keys: [...keys] }));
      const r = await api['answers.accept']({ ...file, select });
      const n = r.accepted.reduce((s, a) => s + a.changes, 0);
      onDone(
        `Accepted ${r.accepted.length} questionnaire(s) from ${preview.owner}: ${n} change(s) taken into the BIA.`,
      );
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card answers-review" aria-labelledby="review-title">
      <h2 id="review-title">Answers from {preview.owner}</h2>
      {preview.processes.map((p) => {
        const keys = chosen.get(p.questionnaireId);
        return (
          <article
            key={p.questionnaireId}
            className="review-process"
            aria-label={`Answers for ${p.processName}`}
          >
            <h3>
              <label>
                <input
                  type="checkbox"
                  disabled={!open(p)}
                  checked={keys !== undefined}
                  onChange={(e) => toggleProcess(p, e.target.checked)}
                />{' '}
                {p.processName}
              </label>{' '}
              <span className="muted">
                ({p.status === 'accepted' ? 'already accepted' : `${p.changes.length} change(s)`})
              </span>
            </h3>
            {p.changes.length > 0 && (
              <table className="review-table">
                <thead>
                  <tr>
                    <th scope="col">Take</th>
                    <th scope="col">Cell</th>
                    <th scope="col">Answer</th>
                    <th scope="col">BIA now</th>
                    <th scope="col">Owner&apos;s answer</th>
                  </tr>
                </thead>
                <tbody>
                  {p.changes.map((c) => (
                    <tr key={c.key}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Take ${p.processName}: ${c.label}`}
                          disabled={keys === undefined}
                          checked={keys?.has(c.key) ?? false}
                          onChange={(e) => toggleChange(p, c.key, e.target.checked)}
                        />
                      </td>
                      <td>{c.cell}</td>
                      <td>{c.label}</td>
                      <td>{shown(c.before)}</td>
                      <td>{shown(c.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {p.dependencies.length > 0 && <p>Dependencies named: {p.dependencies.join('; ')}</p>}
            <p className="derived-line">
              <Derived label="Before" d={p.before} />
              <br />
              <Derived label="With every change" d={p.after} />
            </p>
          </article>
        );
      })}
      <ErrorNotice message={error} />
      <button
        type="button"
        className="primary"
        disabled={busy || chosen.size === 0}
        onClick={() => void accept()}
      >
        Accept selected answers
      </button>
    </section>
  );
}
