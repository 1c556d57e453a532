// Adds or edits a provider: identity (legal name, LEI or another code, country, parent), the exit
// assessment (substitutability, exit plan, alternatives, last audit) and its vendor nodes on the map.
import { useState } from 'react';
import type { MethodInput, ThirdPartyProvider, ThirdPartyRegister } from '../../../../shared/contract';
import { SUBSTITUTABILITY } from '../../../../shared/domain/thirdparty/types';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';

type Input = MethodInput<'thirdParties.saveProvider'>;

const EMPTY: Input = {
  name: '',
  lei: null,
  altCode: null,
  altCodeType: null,
  country: '',
  personType: 'legal',
  providerType: '',
  parentId: null,
  substitutability: null,
  substitutabilityReason: '',
  exitPlan: '',
  alternatives: '',
  lastAuditDate: null,
  nodeIds: [],
};

export function ProviderForm(props: {
  register: ThirdPartyRegister;
  provider?: ThirdPartyProvider;
  onSaved: (id: string) => void;
}) {
  const [v, setV] = useState<Input>(props.provider ? { ...props.provider } : EMPTY);
  const [error, setError] = useState<string>();
  const set = (patch: Partial<Input>) => setV({ ...v, ...patch });
  const vendors = props.register.nodes.filter((n) => n.kind !== 'process');
  return (
    <form
      className="card"
      aria-label={props.provider ? `Edit ${props.provider.name}` : 'New provider'}
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        api['thirdParties.saveProvider'](v).then(props.onSaved, (err: unknown) =>
          setError(errorMessage(err)),
        );
      }}
    >
      <h2>{props.provider ? `Edit ${props.provider.name}` : 'New provider'}</h2>
      <div className="field-row">
        <label className="field">
          Legal name
          <input value={v.name} onChange={(e) => set({ name: e.target.value })} />
        </label>
        <label className="field">
          LEI
          <input value={v.lei ?? ''} onChange={(e) => set({ lei: e.target.value || null })} />
        </label>
        <label className="field">
          Other identifier
          <input value={v.altCode ?? ''} onChange={(e) => set({ altCode: e.target.value || null })} />
        </label>
        <label className="field">
          Its type
          <select
            value={v.altCodeType ?? ''}
            onChange={(e) => set({ altCodeType: (e.target.value || null) as Input['altCodeType'] })}
          >
            <option value="">—</option>
            <option value="EUID">EUID</option>
            <option value="VAT">VAT</option>
            <option value="OTHER">Other</option>
          </select>
        </label>
        <label className="field">
          Country
          <input
            value={v.country}
            placeholder="IE"
            onChange={(e) => set({ country: e.target.value.toUpperCase() })}
          />
        </label>
        <label className="field">
          Type
          <input value={v.providerType} onChange={(e) => set({ providerType: e.target.value })} />
        </label>
        <label className="field">
          Parent provider
          <select value={v.parentId ?? ''} onChange={(e) => set({ parentId: e.target.value || null })}>
            <option value="">—</option>
            {props.register.providers
              .filter((p) => p.id !== props.provider?.id)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </label>
        <label className="field">
          Substitutability
          <select
            value={v.substitutability ?? ''}
            onChange={(e) => set({ substitutability: (e.target.value || null) as Input['substitutability'] })}
          >
            <option value="">—</option>
            {SUBSTITUTABILITY.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Last audit
          <input
            type="date"
            value={v.lastAuditDate ?? ''}
            onChange={(e) => set({ lastAuditDate: e.target.value || null })}
          />
        </label>
      </div>
      <label className="field">
        Why (substitutability)
        <input
          value={v.substitutabilityReason}
          onChange={(e) => set({ substitutabilityReason: e.target.value })}
        />
      </label>
      <label className="field">
        Exit plan
        <input value={v.exitPlan} onChange={(e) => set({ exitPlan: e.target.value })} />
      </label>
      <label className="field">
        Alternative providers
        <input value={v.alternatives} onChange={(e) => set({ alternatives: e.target.value })} />
      </label>
      <label className="field">
        Vendor nodes on the map
        <select
          multiple
          size={Math.min(6, Math.max(2, vendors.length))}
          value={v.nodeIds}
          onChange={(e) => set({ nodeIds: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {vendors.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name} ({n.kind})
            </option>
          ))}
        </select>
      </label>
      <ErrorNotice message={error} />
      <button type="submit" className="primary">
        Save provider
      </button>
    </form>
  );
}
