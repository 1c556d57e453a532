// Third parties (#/thirdparties[/<provider id>]): the providers with their concentration, the
// contracts whose RTO or RPO is slower than the functions above them need, the filing entity and
// the DORA Register of Information.
import { useState } from 'react';
import type { ThirdPartyRegister } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { navigate, useRoute } from '../../routing/navigate';
import { ConcentrationChart } from './ConcentrationChart';
import { EntityForm } from './EntityForm';
import { ProviderDetail } from './ProviderDetail';
import { ProviderForm } from './ProviderForm';
import { RoiPanel } from './RoiPanel';
import './thirdparties.css';

export function ThirdPartiesView() {
  const reg = useApi(() => api['thirdParties.get']({}), []);
  const route = useRoute();
  const open = (id: string | null) => navigate({ area: 'thirdparties', id });
  return (
    <section className="thirdparties" aria-label="Third parties">
      <ErrorNotice message={reg.error} />
      {!reg.data ? (
        <p aria-busy="true">Loading…</p>
      ) : route.id ? (
        <ProviderDetail register={reg.data} id={route.id} onBack={() => open(null)} />
      ) : (
        <Register register={reg.data} onOpen={open} />
      )}
    </section>
  );
}

function Register(props: { register: ThirdPartyRegister; onOpen: (id: string) => void }) {
  const r = props.register;
  const [adding, setAdding] = useState(false);
  const contractsOf = (id: string) => r.contracts.filter((c) => c.providerId === id).length;
  const score = new Map(r.concentration.map((c) => [c.providerId, c]));
  return (
    <>
      <h1>Third parties</h1>
      <p className="muted">
        {r.providers.length} providers, {r.contracts.length} contracts, {r.chain.length} sub-contracting
        links.
      </p>
      {r.flags.length > 0 && (
        <div className="card" aria-label="Contracted objectives too slow">
          <h2>Contracts slower than the functions above them need</h2>
          <ul data-testid="tp-flags">
            {r.flags.map((f) => (
              <li key={`${f.contractId}-${f.objective}`}>{f.message}</li>
            ))}
          </ul>
        </div>
      )}
      <h2>Concentration</h2>
      <ConcentrationChart rows={r.concentration} onOpen={props.onOpen} />
      <h2>Providers</h2>
      <table className="plain" aria-label="Providers">
        <thead>
          <tr>
            <th>Provider</th>
            <th>Identifier</th>
            <th>Country</th>
            <th>Type</th>
            <th>Contracts</th>
            <th>Functions above</th>
            <th>Score</th>
          </tr>
        </thead>
        <tbody>
          {r.providers.map((p) => (
            <tr key={p.id}>
              <td>
                <button type="button" className="link" onClick={() => props.onOpen(p.id)}>
                  {p.name}
                </button>
              </td>
              <td>{p.lei ?? p.altCode ?? '—'}</td>
              <td>{p.country || '—'}</td>
              <td>{p.providerType || '—'}</td>
              <td>{contractsOf(p.id)}</td>
              <td>{score.get(p.id)?.functionIds.length ?? 0}</td>
              <td>{score.get(p.id)?.score ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => setAdding(!adding)}>
        {adding ? 'Close' : 'Add provider'}
      </button>
      {adding && <ProviderForm register={r} onSaved={() => setAdding(false)} />}
      <EntityForm key={JSON.stringify(r.entity)} entity={r.entity} />
      <RoiPanel />
    </>
  );
}
