// The communications log: who was told what and when. A draft per stakeholder group comes filled from
// the incident's fields; the person edits it and logs what was sent.
import { useState, type FormEvent } from 'react';
import type { IncidentDetail } from '../../../../shared/contract';
import { AUDIENCES, type Audience } from '../../../../shared/domain/incident';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { when } from './format';

export function CommsPanel({ detail }: { detail: IncidentDetail }) {
  const [audience, setAudience] = useState<Audience>('executives');
  const [m, setM] = useState({ recipients: '', subject: '', body: '' });
  const [error, setError] = useState<string>();
  const incidentId = detail.incident.id;
  const draft = async () => {
    try {
      const d = await api['incidents.draftMessage']({ incidentId, audience });
      setM({ ...m, ...d });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const log = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api['incidents.logMessage']({ incidentId, audience, ...m });
      setM({ recipients: '', subject: '', body: '' });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <section className="card" aria-labelledby="comms-title">
      <h2 id="comms-title">Communications</h2>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      {detail.messages.length > 0 && (
        <table className="inc-table">
          <thead>
            <tr>
              <th>Sent</th>
              <th>To</th>
              <th>Subject</th>
              <th>By</th>
            </tr>
          </thead>
          <tbody>
            {detail.messages.map((x) => (
              <tr key={x.id}>
                <td>{when(x.sentAt)}</td>
                <td>
                  {x.audience}: {x.recipients}
                </td>
                <td title={x.body}>{x.subject}</td>
                <td>{x.sentBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={log} aria-label="Log a message">
        <div className="row">
          <label>
            Audience
            <select value={audience} onChange={(e) => setAudience(e.target.value as Audience)}>
              {AUDIENCES.map((a) => (
                <option key={a}>{a}</option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void draft()}>
            Draft from template
          </button>
        </div>
        <label>
          Recipients
          <input value={m.recipients} onChange={(e) => setM({ ...m, recipients: e.target.value })} required />
        </label>
        <label>
          Subject
          <input value={m.subject} onChange={(e) => setM({ ...m, subject: e.target.value })} required />
        </label>
        <label>
          Message
          <textarea value={m.body} rows={4} onChange={(e) => setM({ ...m, body: e.target.value })} required />
        </label>
        <button type="submit">Log as sent</button>
      </form>
    </section>
  );
}
