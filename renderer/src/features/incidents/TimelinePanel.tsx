// The incident's timeline: its times, entries people write, the crisis run's steps and the messages
// sent, in time order.
import { useState, type FormEvent } from 'react';
import type { IncidentDetail } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { when } from './format';

export function TimelinePanel({ detail }: { detail: IncidentDetail }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api['incidents.addEntry']({ incidentId: detail.incident.id, text });
      setText('');
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <section className="card" aria-labelledby="tl-title">
      <h2 id="tl-title">Timeline</h2>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      <ol className="inc-timeline" aria-label="Timeline">
        {detail.timeline.map((e, i) => (
          <li key={i} className={`inc-tl-${e.source}`}>
            <span className="mono small">{when(e.at)}</span> {e.text}
            {e.author && <span className="muted small"> · {e.author}</span>}
          </li>
        ))}
      </ol>
      <form className="row" onSubmit={add}>
        <input
          aria-label="New timeline entry"
          placeholder="What happened (now)"
          value={text}
          onChange={(e) => setText(e.target.value)}
          required
        />
        <button type="submit">Add entry</button>
      </form>
    </section>
  );
}
