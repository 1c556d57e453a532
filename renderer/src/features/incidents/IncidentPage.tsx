// One incident: its facts, crisis mode (a recovery or rollback runbook run with the DR-test run
// engine), the timeline, the communications log, the DORA classification and the review.
import { useState } from 'react';
import type { NodeView, ReleaseView } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { formatDuration } from '../../../../shared/format/duration';
import { ErrorNotice } from '../../components/Notice';
import { CommsPanel } from './CommsPanel';
import { CrisisPanel } from './CrisisPanel';
import { DoraPanel } from './DoraPanel';
import { IncidentForm } from './IncidentForm';
import { ReviewPanel } from './ReviewPanel';
import { TimelinePanel } from './TimelinePanel';
import { when } from './format';

export function IncidentPage(props: {
  incidentId: string;
  nodes: NodeView[];
  releases: ReleaseView[];
  onBack: () => void;
}) {
  const detail = useApi(() => api['incidents.get']({ incidentId: props.incidentId }), [props.incidentId]);
  const [editing, setEditing] = useState(false);
  const d = detail.data;
  if (!d)
    return (
      <section>
        <ErrorNotice message={detail.error} />
        <p className="muted">Loading…</p>
      </section>
    );
  const i = d.incident;
  return (
    <section className="inc-page" aria-labelledby="inc-name">
      <button type="button" className="link" onClick={props.onBack}>
        ← All incidents
      </button>
      <div className="row">
        <h1 id="inc-name">{i.title}</h1>
        <span className="badge" data-testid="inc-status">
          {i.severity} · {i.status}
        </span>
        {i.major && <span className="badge inc-major">major</span>}
        <button type="button" onClick={() => setEditing((e) => !e)}>
          {editing ? 'Cancel' : 'Edit'}
        </button>
      </div>
      <ErrorNotice message={detail.error} />
      {editing ? (
        <IncidentForm
          incident={i}
          nodes={props.nodes}
          releases={props.releases}
          onSaved={() => setEditing(false)}
        />
      ) : (
        <dl className="inc-facts card">
          <dt>Outage started</dt>
          <dd>{when(i.startedAt)}</dd>
          <dt>Detected</dt>
          <dd>{when(i.detectedAt)}</dd>
          <dt>Restored</dt>
          <dd>{when(i.restoredAt)}</dd>
          <dt>Resolved</dt>
          <dd>{when(i.resolvedAt)}</dd>
          <dt>Time to restore</dt>
          <dd>
            {formatDuration(i.timeToRestoreMinutes === null ? null : Math.round(i.timeToRestoreMinutes))}
          </dd>
          <dt>Affected</dt>
          <dd>{d.nodes.map((n) => n.name).join(', ') || '—'}</dd>
          <dt>Caused by</dt>
          <dd>
            {d.causeRelease
              ? `${d.causeRelease.name} ${d.causeRelease.version} (${d.causeRelease.status})`
              : '—'}
          </dd>
          <dt>Root cause</dt>
          <dd>{i.rootCause}</dd>
          {i.summary && (
            <>
              <dt>Summary</dt>
              <dd>{i.summary}</dd>
            </>
          )}
        </dl>
      )}
      <CrisisPanel detail={d} />
      <TimelinePanel detail={d} />
      <CommsPanel detail={d} />
      <DoraPanel detail={d} />
      <ReviewPanel detail={d} />
    </section>
  );
}
