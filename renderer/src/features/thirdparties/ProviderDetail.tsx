// One provider (#/thirdparties/<id>): who it is, its exit assessment, its contracts with their
// flags, the supply chain under them and the functions it sits under.
import { useState } from 'react';
import type { ThirdPartyRegister } from '../../../../shared/contract';
import { formatDuration } from '../../../../shared/format/duration';
import { ContractForm } from './ContractForm';
import { ProviderForm } from './ProviderForm';

export function ProviderDetail(props: { register: ThirdPartyRegister; id: string; onBack: () => void }) {
  const r = props.register;
  const p = r.providers.find((x) => x.id === props.id);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  if (!p) return <p className="muted">This provider was retired or does not exist.</p>;
  const name = (id: string | null) => r.providers.find((x) => x.id === id)?.name ?? '—';
  const nodeName = (id: string) => r.nodes.find((n) => n.id === id)?.name ?? id;
  const fnName = (id: string) => r.functions.find((f) => f.id === id)?.name ?? id;
  const contracts = r.contracts.filter((c) => c.providerId === p.id);
  const conc = r.concentration.find((c) => c.providerId === p.id);
  const asSub = r.chain.filter((l) => l.providerId === p.id);
  return (
    <section aria-labelledby="provider-title">
      <div className="row spread">
        <h1 id="provider-title">{p.name}</h1>
        <button type="button" className="link" onClick={props.onBack}>
          All third parties
        </button>
      </div>
      <dl className="tp-facts">
        <dt>LEI</dt>
        <dd>{p.lei ?? (p.altCode ? `${p.altCode} (${p.altCodeType})` : 'none')}</dd>
        <dt>Country</dt>
        <dd>{p.country || '—'}</dd>
        <dt>Type</dt>
        <dd>{p.providerType || '—'}</dd>
        <dt>Parent</dt>
        <dd>{name(p.parentId)}</dd>
        <dt>Substitutability</dt>
        <dd>
          {p.substitutability ?? '—'} {p.substitutabilityReason && `— ${p.substitutabilityReason}`}
        </dd>
        <dt>Exit plan</dt>
        <dd>{p.exitPlan || 'none'}</dd>
        <dt>Alternatives</dt>
        <dd>{p.alternatives || 'none'}</dd>
        <dt>Last audit</dt>
        <dd>{p.lastAuditDate ?? 'never'}</dd>
        <dt>On the map</dt>
        <dd>{p.nodeIds.map(nodeName).join(', ') || '—'}</dd>
        <dt>Functions above</dt>
        <dd data-testid="provider-functions">
          {conc && conc.functionIds.length > 0
            ? `${conc.functionIds.map(fnName).join(', ')} (score ${conc.score})`
            : 'none'}
        </dd>
        {asSub.length > 0 && (
          <>
            <dt>Sub-contractor in</dt>
            <dd>
              {asSub
                .map(
                  (l) =>
                    `${r.contracts.find((c) => c.id === l.contractId)?.reference ?? '?'} at rank ${l.rank}`,
                )
                .join(', ')}
            </dd>
          </>
        )}
      </dl>
      <button type="button" onClick={() => setEditing(!editing)}>
        {editing ? 'Close editor' : 'Edit provider'}
      </button>
      {editing && <ProviderForm register={r} provider={p} onSaved={() => setEditing(false)} />}
      <h2>Contracts</h2>
      {contracts.length === 0 ? (
        <p className="muted">No contracts.</p>
      ) : (
        <table className="plain" aria-label="Contracts">
          <thead>
            <tr>
              <th>Reference</th>
              <th>Service</th>
              <th>Term</th>
              <th>Notice (entity / provider)</th>
              <th>Law</th>
              <th>Data</th>
              <th>Contracted RTO / RPO</th>
              <th>Supply chain</th>
            </tr>
          </thead>
          <tbody>
            {contracts.map((c) => {
              const flags = r.flags.filter((f) => f.contractId === c.id);
              const chain = r.chain.filter((l) => l.contractId === c.id).sort((a, b) => a.rank - b.rank);
              return (
                <tr key={c.id}>
                  <td>{c.reference}</td>
                  <td>
                    {c.serviceType}: {c.nodeIds.map(nodeName).join(', ')}
                  </td>
                  <td>
                    {c.startDate} – {c.endDate ?? 'open'}
                  </td>
                  <td>
                    {c.noticeEntityDays ?? '—'} / {c.noticeProviderDays ?? '—'} days
                  </td>
                  <td>{c.governingLaw || '—'}</td>
                  <td>
                    {c.storesData ? `stored in ${c.storageCountry}` : 'not stored'}, processed in{' '}
                    {c.processingCountry || '—'}; {c.dataSensitivity ?? '—'}
                  </td>
                  <td>
                    {c.contractedRtoMinutes === null ? '—' : formatDuration(c.contractedRtoMinutes)} /{' '}
                    {c.contractedRpoMinutes === null ? '—' : formatDuration(c.contractedRpoMinutes)}
                    {flags.map((f) => (
                      <div key={f.objective} className="tp-flag" role="note">
                        {f.message}
                      </div>
                    ))}
                  </td>
                  <td>
                    {chain.map((l) => `${name(l.providerId)} (rank ${l.rank})`).join(' → ') || 'direct only'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => setAdding(!adding)}>
        {adding ? 'Close' : 'Add contract'}
      </button>
      {adding && <ContractForm register={r} providerId={p.id} onSaved={() => setAdding(false)} />}
    </section>
  );
}
