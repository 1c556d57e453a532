// DORA classification under Delegated Regulation (EU) 2024/1772: the impact data it needs, whether
// the incident is major and which criteria it meets, and the report fields as CSV or JSON.
import { useState, type FormEvent } from 'react';
import type { IncidentDetail } from '../../../../shared/contract';
import type { IncidentImpact } from '../../../../shared/domain/incident';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';

const NUMBERS = [
  ['clientsAffected', 'Clients affected'],
  ['clientsTotal', 'Clients using the service'],
  ['counterpartsAffected', 'Financial counterparts affected'],
  ['counterpartsTotal', 'Financial counterparts of the service'],
  ['transactionsAffected', 'Transactions affected'],
  ['transactionsDailyAverage', 'Daily average transactions'],
  ['valueAffectedEur', 'Value affected (EUR)'],
  ['valueDailyAverageEur', 'Daily average value (EUR)'],
  ['costsAndLossesEur', 'Costs and losses (EUR)'],
] as const;

const FLAGS = [
  ['criticalFunctionsAffected', 'Critical or important functions affected (Art. 6(a))'],
  ['authorisedServicesAffected', 'Authorised or supervised services affected (Art. 6(b))'],
  ['maliciousAccess', 'Successful malicious unauthorised access (Art. 6(c))'],
  ['relevantClientsAffected', 'Relevant clients or counterparts affected (Art. 9(1)(f))'],
] as const;

const REP = [
  ['media', 'In the media'],
  ['complaints', 'Repeated complaints'],
  ['regulatoryBreach', 'Regulatory requirements not met'],
  ['clientLoss', 'Loss of clients'],
] as const;

const DATA = [
  ['availability', 'Availability'],
  ['authenticity', 'Authenticity'],
  ['integrity', 'Integrity'],
  ['confidentiality', 'Confidentiality'],
  ['adverse', 'Adverse impact on objectives or compliance'],
] as const;

export function DoraPanel({ detail }: { detail: IncidentDetail }) {
  const i = detail.incident;
  const [impact, setImpact] = useState<IncidentImpact>(i.impact);
  const [states, setStates] = useState((i.impact.memberStates ?? []).join(', '));
  const [error, setError] = useState<string>();
  const c = detail.dora.classification;
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
      // Saving the form asserts what it shows: an unticked box is a recorded "no", not an unknown.
      const flags = Object.fromEntries(FLAGS.map(([k]) => [k, impact[k] ?? false]));
      await api['incidents.save']({
        id: i.id,
        title: i.title,
        severity: i.severity,
        summary: i.summary,
        startedAt: new Date(i.startedAt).toISOString(),
        detectedAt: new Date(i.detectedAt).toISOString(),
        restoredAt: iso(i.restoredAt),
        resolvedAt: iso(i.resolvedAt),
        nodeIds: i.nodeIds,
        causeReleaseId: i.causeReleaseId,
        rootCause: i.rootCause,
        impact: {
          ...impact,
          ...flags,
          reputational: rep,
          dataLoss: data,
          memberStates: states
            .split(/[,\s]+/)
            .map((s) => s.trim())
            .filter(Boolean),
        },
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const exportAs = async (format: 'csv' | 'json') => {
    try {
      await api['incidents.exportDoraReport']({ incidentId: i.id, format });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const rep = impact.reputational ?? {
    media: false,
    complaints: false,
    regulatoryBreach: false,
    clientLoss: false,
  };
  const data = impact.dataLoss ?? {
    availability: false,
    authenticity: false,
    integrity: false,
    confidentiality: false,
    adverse: false,
  };
  return (
    <section className="card" aria-labelledby="dora-title">
      <h2 id="dora-title">DORA classification</h2>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      {c ? (
        <div data-testid="dora-result">
          <p>
            <strong>{c.major ? 'Major incident' : 'Not major'}</strong> — {c.reason}
          </p>
          <ul>
            {c.criteria.map((x) => (
              <li key={x.id}>
                {x.met ? '✔' : '—'} {x.label} ({x.article}){x.met ? `: ${x.reasons.join(' ')}` : ''}
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" onClick={() => void exportAs('csv')}>
              Report fields as CSV
            </button>
            <button type="button" onClick={() => void exportAs('json')}>
              Report fields as JSON
            </button>
          </div>
        </div>
      ) : (
        <p className="muted" data-testid="dora-missing">
          To classify, record: {detail.dora.missing.join('; ')}.
        </p>
      )}
      <form onSubmit={save} aria-label="DORA impact">
        <div className="rb-fields">
          {NUMBERS.map(([k, label]) => (
            <label key={k}>
              {label}
              <input
                inputMode="decimal"
                value={impact[k] ?? ''}
                onChange={(e) => {
                  const v = e.target.value.trim();
                  const next = { ...impact };
                  if (v === '') delete next[k];
                  else next[k] = Number(v);
                  setImpact(next);
                }}
              />
            </label>
          ))}
          <label>
            Member States (codes)
            <input value={states} onChange={(e) => setStates(e.target.value)} placeholder="DE, FR" />
          </label>
        </div>
        {FLAGS.map(([k, label]) => (
          <label key={k} className="check">
            <input
              type="checkbox"
              checked={impact[k] ?? false}
              onChange={(e) => setImpact({ ...impact, [k]: e.target.checked })}
            />
            {label}
          </label>
        ))}
        <fieldset>
          <legend>Reputational impact (Art. 2)</legend>
          {REP.map(([k, label]) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                checked={rep[k]}
                onChange={(e) => setImpact({ ...impact, reputational: { ...rep, [k]: e.target.checked } })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Data affected (Art. 5)</legend>
          {DATA.map(([k, label]) => (
            <label key={k} className="check">
              <input
                type="checkbox"
                checked={data[k]}
                onChange={(e) => setImpact({ ...impact, dataLoss: { ...data, [k]: e.target.checked } })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <button type="submit">Save impact</button>
      </form>
    </section>
  );
}
