// "Bring back a packet": pick the packet file, see the review (what applies without a question, and
// each conflict side by side with a choice), and accept it. Nothing is written before Accept; then the
// whole merge is written at once.
import { useRef, useState, type ChangeEvent } from 'react';
import type { PacketMergeView, PacketReviewView } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format/datetime';
import { plural } from '../../../../shared/format/plural';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { href } from '../../routing/navigate';
import { MAX_IMPORT_BYTES, readAsBase64 } from '../import/read-file';
import { ConflictTable, type Choice } from './ConflictTable';
import { scopeText } from './scope-text';

type Busy = 'reading' | 'merging' | undefined;

export function BringBack() {
  const [review, setReview] = useState<PacketReviewView>();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [result, setResult] = useState<PacketMergeView>();
  const [busy, setBusy] = useState<Busy>();
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);

  async function pick(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setReview(undefined);
    setChoices({});
    setResult(undefined);
    setError(undefined);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setError(`${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; a packet must be at most 50 MB.`);
      return;
    }
    setBusy('reading');
    try {
      const dataBase64 = await readAsBase64(file);
      setReview(await api['packet.review']({ fileName: file.name, dataBase64 }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(undefined);
    }
  }

  async function accept() {
    if (!review) return;
    setBusy('merging');
    setError(undefined);
    try {
      setResult(await api['packet.accept']({ token: review.token, choices }));
      setReview(undefined);
      setChoices({});
      if (input.current) input.current.value = '';
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(undefined);
    }
  }

  const unsettled = review ? review.conflicts.filter((c) => !choices[c.id]).length : 0;

  return (
    <section className="card" aria-labelledby="packet-back-title" aria-busy={busy !== undefined}>
      <h2 id="packet-back-title">Bring back a packet</h2>
      <p className="muted">
        Choose a workshop packet cut from this workspace. You see what it changes and settle every field both
        sides changed differently; nothing is written until you accept.
      </p>
      <label>
        Workshop packet (.steadfast, up to 50 MB)
        <input
          ref={input}
          type="file"
          accept=".steadfast"
          onChange={(e) => void pick(e)}
          disabled={busy !== undefined}
        />
      </label>
      {busy && (
        <p className="loading" role="status">
          {busy === 'reading' ? 'Checking the packet…' : 'Merging…'}
        </p>
      )}
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      {review && (
        <div className="packet-review" aria-label="Review">
          <p>
            Packet of <strong>{review.masterName}</strong>, cut {formatDateTime(review.cutAt)} by{' '}
            {review.cutBy}, scope {scopeText(review.scope.kind, review.scope.values)}; base #{review.base.seq}
            , packet head #{review.head.seq}.
          </p>
          {review.alreadyMerged ? (
            <p role="status">
              This packet has nothing new since it was last merged: there is nothing to accept.
            </p>
          ) : (
            <>
              <ul className="packet-summary" aria-label="Summary">
                <li>
                  {plural(review.applies, 'change applies', 'changes apply')} from the packet without a
                  question
                </li>
                <li>{plural(review.conflicts.length, 'conflict', 'conflicts')} to settle</li>
              </ul>
              {review.conflicts.length > 0 && (
                <ConflictTable
                  conflicts={review.conflicts}
                  choices={choices}
                  disabled={busy !== undefined}
                  onChoose={(id, c) => setChoices({ ...choices, [id]: c })}
                />
              )}
              <div className="row">
                <button
                  type="button"
                  className="primary"
                  disabled={unsettled > 0 || busy !== undefined}
                  onClick={() => void accept()}
                >
                  Accept the merge
                </button>
                <span className="muted small">
                  {unsettled > 0
                    ? `Choose a side for ${plural(unsettled, 'more conflict', 'more conflicts')}.`
                    : 'Everything above is written in one step, signed by you, or nothing is.'}
                </span>
              </div>
            </>
          )}
        </div>
      )}
      {result && (
        <div className="notice notice-info packet-result" role="status" aria-label="Merge result">
          <p>
            Merged: {plural(result.applied, 'change', 'changes')} brought in,{' '}
            {plural(result.resolved, 'conflict', 'conflicts')} settled. The audit head is now #
            {result.head.seq}.
          </p>
          {result.reopened.length > 0 && (
            <p>Returned to draft (changed by the packet after approval): {result.reopened.join(', ')}.</p>
          )}
          <p>
            <a href={href({ area: 'audit' })}>See the merge in the audit log</a>
          </p>
        </div>
      )}
    </section>
  );
}
