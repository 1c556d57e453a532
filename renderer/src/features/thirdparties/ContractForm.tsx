// Adds a contract to a provider: the ICT service it buys (type and nodes on the map), its dates and
// notice periods, governing law, where data lives and how sensitive it is, and the contracted RTO/RPO.
import { useState } from 'react';
import type { MethodInput, ThirdPartyRegister } from '../../../../shared/contract';
import { DATA_SENSITIVITY, ICT_SERVICE_TYPES } from '../../../../shared/domain/thirdparty/types';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';

type Input = MethodInput<'thirdParties.saveContract'>;

const num = (s: string): number | null => (s.trim() === '' ? null : Number(s));

export function ContractForm(props: {
  register: ThirdPartyRegister;
  providerId: string;
  onSaved: () => void;
}) {
  const [v, setV] = useState<Input>({
    reference: '',
    providerId: props.providerId,
    serviceType: 'S19',
    nodeIds: [],
    startDate: '',
    endDate: null,
    noticeEntityDays: null,
    noticeProviderDays: null,
    governingLaw: '',
    provisionCountry: '',
    storesData: false,
    storageCountry: '',
    processingCountry: '',
    dataSensitivity: null,
    contractedRtoMinutes: null,
    contractedRpoMinutes: null,
    annualCost: null,
    currency: props.register.entity.currency,
  });
  const [error, setError] = useState<string>();
  const set = (patch: Partial<Input>) => setV({ ...v, ...patch });
  const text = (key: keyof Input, label: string, placeholder?: string) => (
    <label className="field">
      {label}
      <input
        value={String(v[key] ?? '')}
        placeholder={placeholder}
        onChange={(e) => set({ [key]: e.target.value.toUpperCase() })}
      />
    </label>
  );
  const number = (key: keyof Input, label: string) => (
    <label className="field">
      {label}
      <input
        type="number"
        min={0}
        value={String(v[key] ?? '')}
        onChange={(e) => set({ [key]: num(e.target.value) })}
      />
    </label>
  );
  return (
    <form
      className="card"
      aria-label="New contract"
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        api['thirdParties.saveContract'](v).then(props.onSaved, (err: unknown) =>
          setError(errorMessage(err)),
        );
      }}
    >
      <h3>New contract</h3>
      <div className="field-row">
        <label className="field">
          Reference
          <input value={v.reference} onChange={(e) => set({ reference: e.target.value })} />
        </label>
        <label className="field">
          ICT service type
          <select value={v.serviceType} onChange={(e) => set({ serviceType: e.target.value })}>
            {ICT_SERVICE_TYPES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label className="field">
          Start
          <input type="date" value={v.startDate} onChange={(e) => set({ startDate: e.target.value })} />
        </label>
        <label className="field">
          End
          <input
            type="date"
            value={v.endDate ?? ''}
            onChange={(e) => set({ endDate: e.target.value || null })}
          />
        </label>
        {number('noticeEntityDays', 'Notice, entity (days)')}
        {number('noticeProviderDays', 'Notice, provider (days)')}
        {text('governingLaw', 'Governing law', 'IE')}
        {text('provisionCountry', 'Provided from', 'IE')}
        {text('storageCountry', 'Data stored in', 'IE')}
        {text('processingCountry', 'Data processed in', 'IE')}
        <label className="field">
          Data sensitivity
          <select
            value={v.dataSensitivity ?? ''}
            onChange={(e) => set({ dataSensitivity: (e.target.value || null) as Input['dataSensitivity'] })}
          >
            <option value="">—</option>
            {DATA_SENSITIVITY.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        {number('contractedRtoMinutes', 'Contracted RTO (min)')}
        {number('contractedRpoMinutes', 'Contracted RPO (min)')}
        {number('annualCost', 'Annual cost')}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={v.storesData}
          onChange={(e) => set({ storesData: e.target.checked })}
        />{' '}
        The provider stores our data
      </label>
      <label className="field">
        Services on the map
        <select
          multiple
          size={6}
          value={v.nodeIds}
          onChange={(e) => set({ nodeIds: [...e.target.selectedOptions].map((o) => o.value) })}
        >
          {props.register.nodes
            .filter((n) => n.kind !== 'process')
            .map((n) => (
              <option key={n.id} value={n.id}>
                {n.name} ({n.kind})
              </option>
            ))}
        </select>
      </label>
      <ErrorNotice message={error} />
      <button type="submit" className="primary">
        Add contract
      </button>
    </form>
  );
}
