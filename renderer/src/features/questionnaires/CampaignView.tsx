// One campaign: its questionnaires per owner (sent, returned, accepted, overdue, with due dates),
// each owner's workbook to download, and a returned workbook to upload and review.
import { useRef, useState, type ChangeEvent } from 'react';
import type { AnswersPreview } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { finishDelivery } from '../../api/deliver';
import { useApi } from '../../api/use-api';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { navigate } from '../../routing/navigate';
import { MAX_IMPORT_BYTES, readAsBase64 } from '../import/read-file';
import { AnswersReview } from './AnswersReview';

const STATUS = { sent: 'sent', returned: 'returned', accepted: 'accepted' } as const;

export function CampaignView({ campaignId }: { campaignId: string }) {
  const detail = useApi(() => api['campaigns.get']({ campaignId }), [campaignId]);
  const [error, setError] = useState<string>();
  const [info, setInfo] = useState<string>();
  const [review, setReview] = useState<{ preview: AnswersPreview; fileName: string; dataBase64: string }>();
  const input = useRef<HTMLInputElement>(null);

  async function download(owner: string) {
    setError(undefined);
    try {
      setInfo(finishDelivery(await api['campaigns.workbook']({ campaignId, owner })));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function upload(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setReview(undefined);
    setError(undefined);
    setInfo(undefined);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setError(`${file.name} is larger than 50 MB.`);
    try {
      const dataBase64 = await readAsBase64(file);
      const preview = await api['answers.preview']({ fileName: file.name, dataBase64, campaignId });
      setReview({ preview, fileName: file.name, dataBase64 });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  const c = detail.data?.campaign;
  return (
    <section className="questionnaires" aria-labelledby="campaign-title">
      <p>
        <button type="button" className="link" onClick={() => navigate({ area: 'questionnaires' })}>
          ← All campaigns
        </button>
      </p>
      <h1 id="campaign-title">{c?.name ?? 'Campaign'}</h1>
      <ErrorNotice message={detail.error ?? error} />
      <InfoNotice message={info} />
      {c && (
        <p className="campaign-counts">
          Due {c.dueDate} · {c.sent} sent · {c.returned} returned · {c.accepted} accepted ·{' '}
          <span className={c.overdue > 0 ? 'overdue' : undefined}>{c.overdue} overdue</span> · created by{' '}
          {c.createdBy}
        </p>
      )}
      {detail.data?.owners.map((o) => (
        <section key={o.owner} className="card owner" aria-label={`Questionnaires for ${o.owner}`}>
          <h2>
            {o.owner}{' '}
            <button type="button" onClick={() => void download(o.owner)}>
              Download workbook
            </button>
          </h2>
          <table className="review-table">
            <thead>
              <tr>
                <th scope="col">Process</th>
                <th scope="col">Status</th>
                <th scope="col">Due</th>
                <th scope="col">Returned</th>
                <th scope="col">Accepted</th>
              </tr>
            </thead>
            <tbody>
              {o.questionnaires.map((q) => (
                <tr key={q.id}>
                  <td>{q.processName}</td>
                  <td>
                    {STATUS[q.status]}
                    {q.overdue && <strong className="overdue"> overdue</strong>}
                  </td>
                  <td>{q.dueDate}</td>
                  <td>{q.returnedAt?.slice(0, 10) ?? '–'}</td>
                  <td>{q.acceptedAt ? `${q.acceptedAt.slice(0, 10)} by ${q.acceptedBy ?? '?'}` : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section className="card" aria-labelledby="upload-title">
        <h2 id="upload-title">Returned workbook</h2>
        <label>
          Upload a workbook an owner sent back (.xlsx)
          <input ref={input} type="file" accept=".xlsx" onChange={(e) => void upload(e)} />
        </label>
      </section>
      {review && (
        <AnswersReview
          key={review.fileName + review.dataBase64.length}
          preview={review.preview}
          file={{ fileName: review.fileName, dataBase64: review.dataBase64, campaignId }}
          onDone={(m) => {
            setReview(undefined);
            setInfo(m);
          }}
        />
      )}
    </section>
  );
}
