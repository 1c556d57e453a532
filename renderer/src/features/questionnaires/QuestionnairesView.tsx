// BIA questionnaires for process owners: campaigns with their counts, a form to send a new one to
// the owners of chosen processes, and one campaign's view at #/questionnaires/<campaign id>.
import { useState, type FormEvent } from 'react';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { navigate, useRoute } from '../../routing/navigate';
import { CampaignView } from './CampaignView';
import './questionnaires.css';

function NewCampaign() {
  const processes = useApi(() => api['nodes.list']({ kind: 'process' }), []);
  const [name, setName] = useState('');
  const [due, setDue] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string>();

  async function create(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      const d = await api['campaigns.create']({ name, dueDate: due, processIds: [...picked] });
      navigate({ area: 'questionnaires', id: d.campaign.id });
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <form className="card" aria-labelledby="new-campaign-title" onSubmit={(e) => void create(e)}>
      <h2 id="new-campaign-title">New campaign</h2>
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </label>
      <label>
        Answers due <input type="date" value={due} onChange={(e) => setDue(e.target.value)} required />
      </label>
      <fieldset className="process-pick">
        <legend>Processes (each owner gets one workbook with all of theirs)</legend>
        <ErrorNotice message={processes.error} />
        {processes.data?.map((p) => (
          <label key={p.id} className={p.owner ? undefined : 'muted'}>
            <input
              type="checkbox"
              disabled={!p.owner}
              checked={picked.has(p.id)}
              onChange={(e) =>
                setPicked((s) => {
                  const next = new Set(s);
                  if (e.target.checked) next.add(p.id);
                  else next.delete(p.id);
                  return next;
                })
              }
            />{' '}
            {p.name} <span className="muted">({p.owner || 'no owner'})</span>
          </label>
        ))}
      </fieldset>
      <ErrorNotice message={error} />
      <button type="submit" className="primary" disabled={picked.size === 0}>
        Send questionnaires
      </button>
    </form>
  );
}

export function QuestionnairesView() {
  const route = useRoute();
  const campaigns = useApi(() => api['campaigns.list']({}), []);
  if (route.id) return <CampaignView key={route.id} campaignId={route.id} />;
  return (
    <section className="questionnaires" aria-labelledby="questionnaires-title">
      <h1 id="questionnaires-title">Questionnaires</h1>
      <p className="muted">
        Send process owners a workbook to fill in with Excel or LibreOffice: the impact matrix with each
        level&apos;s meaning, data-loss tolerance, work recovery time, MBCO and the dependencies they know.
        Upload what they send back to review it against the BIA and accept it in whole or in part.
      </p>
      <ErrorNotice message={campaigns.error} />
      {campaigns.data && campaigns.data.length > 0 && (
        <table className="review-table" aria-label="Campaigns">
          <thead>
            <tr>
              <th scope="col">Campaign</th>
              <th scope="col">Due</th>
              <th scope="col">Sent</th>
              <th scope="col">Returned</th>
              <th scope="col">Accepted</th>
              <th scope="col">Overdue</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.data.map((c) => (
              <tr key={c.id}>
                <td>
                  <button
                    type="button"
                    className="link"
                    onClick={() => navigate({ area: 'questionnaires', id: c.id })}
                  >
                    {c.name}
                  </button>
                </td>
                <td>{c.dueDate}</td>
                <td>{c.sent}</td>
                <td>{c.returned}</td>
                <td>{c.accepted}</td>
                <td className={c.overdue > 0 ? 'overdue' : undefined}>{c.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NewCampaign />
    </section>
  );
}
