// Record or edit an incident: what happened, when (outage start, detection, restoration, resolution),
// where on the map, which release caused it, and the impact known so far. Times out of order come
// back from the API with the reason and nothing is saved.
import { useState, type FormEvent } from 'react';
import type { IncidentView, NodeView, ReleaseView } from '../../../../shared/contract';
import { INCIDENT_SEVERITIES, ROOT_CAUSES } from '../../../../shared/domain/incident';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { fromInput, toInput } from './format';

const num = (v: string): number | undefined => (v.trim() === '' ? undefined : Number(v));

export function IncidentForm(props: {
  incident?: IncidentView;
  nodes: NodeView[];
  releases: ReleaseView[];
  onSaved: (id: string) => void;
}) {
  const i = props.incident;
  const [f, setF] = useState({
    title: i?.title ?? '',
    severity: i?.severity ?? ('sev2' as IncidentView['severity']),
    summary: i?.summary ?? '',
    startedAt: toInput(i?.startedAt ?? null),
    detectedAt: toInput(i?.detectedAt ?? null),
    restoredAt: toInput(i?.restoredAt ?? null),
    resolvedAt: toInput(i?.resolvedAt ?? null),
    nodeIds: i?.nodeIds ?? [],
    causeReleaseId: i?.causeReleaseId ?? '',
    rootCause: i?.rootCause ?? ('unknown' as IncidentView['rootCause']),
    clientsAffected: String(i?.impact.clientsAffected ?? ''),
    transactionsAffected: String(i?.impact.transactionsAffected ?? ''),
    valueAffectedEur: String(i?.impact.valueAffectedEur ?? ''),
    dataLostDescription: i?.impact.dataLostDescription ?? '',
  });
  const [error, setError] = useState<string>();
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF({ ...f, [k]: v });
  const toggle = (id: string) =>
    set('nodeIds', f.nodeIds.includes(id) ? f.nodeIds.filter((x) => x !== id) : [...f.nodeIds, id]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const impact = { ...(i?.impact ?? {}) };
      const put = <K extends keyof typeof impact>(k: K, v: (typeof impact)[K] | undefined) => {
        if (v === undefined || v === '') delete impact[k];
        else impact[k] = v;
      };
      put('clientsAffected', num(f.clientsAffected));
      put('transactionsAffected', num(f.transactionsAffected));
      put('valueAffectedEur', num(f.valueAffectedEur));
      put('dataLostDescription', f.dataLostDescription.trim());
      const saved = await api['incidents.save']({
        ...(i ? { id: i.id } : {}),
        title: f.title,
        severity: f.severity,
        summary: f.summary,
        startedAt: fromInput(f.startedAt) ?? '',
        detectedAt: fromInput(f.detectedAt) ?? fromInput(f.startedAt) ?? '',
        restoredAt: fromInput(f.restoredAt),
        resolvedAt: fromInput(f.resolvedAt),
        nodeIds: f.nodeIds,
        causeReleaseId: f.causeReleaseId || null,
        rootCause: f.rootCause,
        impact,
      });
      props.onSaved(saved.incident.id);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <form className="card inc-form" onSubmit={save} aria-label={i ? `Edit ${i.title}` : 'New incident'}>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      <div className="rb-fields">
        <label>
          Title
          <input value={f.title} onChange={(e) => set('title', e.target.value)} required maxLength={200} />
        </label>
        <label>
          Severity
          <select value={f.severity} onChange={(e) => set('severity', e.target.value as typeof f.severity)}>
            {INCIDENT_SEVERITIES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Root cause
          <select
            value={f.rootCause}
            onChange={(e) => set('rootCause', e.target.value as typeof f.rootCause)}
          >
            {ROOT_CAUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Caused by release
          <select value={f.causeReleaseId} onChange={(e) => set('causeReleaseId', e.target.value)}>
            <option value="">none</option>
            {props.releases.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name} {r.version}
              </option>
            ))}
          </select>
        </label>
        {(
          [
            ['startedAt', 'Outage started'],
            ['detectedAt', 'Detected'],
            ['restoredAt', 'Service restored'],
            ['resolvedAt', 'Resolved'],
          ] as const
        ).map(([k, label]) => (
          <label key={k}>
            {label}
            <input
              type="datetime-local"
              value={f[k]}
              required={k === 'startedAt'}
              onChange={(e) => set(k, e.target.value)}
            />
          </label>
        ))}
        <label>
          Clients affected
          <input
            inputMode="numeric"
            value={f.clientsAffected}
            onChange={(e) => set('clientsAffected', e.target.value)}
          />
        </label>
        <label>
          Transactions not processed
          <input
            inputMode="numeric"
            value={f.transactionsAffected}
            onChange={(e) => set('transactionsAffected', e.target.value)}
          />
        </label>
        <label>
          Value not processed (EUR)
          <input
            inputMode="decimal"
            value={f.valueAffectedEur}
            onChange={(e) => set('valueAffectedEur', e.target.value)}
          />
        </label>
        <label>
          Data lost
          <input value={f.dataLostDescription} onChange={(e) => set('dataLostDescription', e.target.value)} />
        </label>
      </div>
      <label>
        Summary
        <textarea value={f.summary} onChange={(e) => set('summary', e.target.value)} rows={3} />
      </label>
      <fieldset className="rel-services">
        <legend>Affected services and nodes</legend>
        {props.nodes.map((n) => (
          <label key={n.id} className="check">
            <input type="checkbox" checked={f.nodeIds.includes(n.id)} onChange={() => toggle(n.id)} />
            {n.name}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary">
        {i ? 'Save incident' : 'Record incident'}
      </button>
    </form>
  );
}
