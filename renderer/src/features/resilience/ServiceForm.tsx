// A new important business service: who it serves, who owns it, the processes and resources that
// deliver it (its footprint on the map), and its first impact tolerance.
import { useState, type FormEvent } from 'react';
import type { NodeView, ServiceView } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { NodePicker } from '../runbooks/NodePicker';

const optionalNumber = (s: string): number | null => (s.trim() === '' ? null : Number(s));

export function ServiceForm(props: { nodes: NodeView[]; onSaved: (id: string) => void }) {
  const [f, setF] = useState({
    name: '',
    owner: '',
    customers: '',
    description: '',
    nodeIds: [] as string[],
    label: 'Maximum time of disruption',
    maxMinutes: '',
    customersAffected: '',
    rationale: '',
  });
  const [error, setError] = useState<string>();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const svc: ServiceView = await api['services.save']({
        name: f.name,
        owner: f.owner,
        customers: f.customers,
        description: f.description,
        nodeIds: f.nodeIds,
      });
      if (f.maxMinutes.trim() !== '') {
        await api['tolerances.save']({
          serviceId: svc.id,
          label: f.label,
          maxDisruptionMinutes: Number(f.maxMinutes),
          customersAffected: optionalNumber(f.customersAffected),
          rationale: f.rationale,
        });
      }
      props.onSaved(svc.id);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <form className="card res-form" onSubmit={save} aria-label="New important business service">
      <div className="rb-fields">
        <label>
          Service name
          <input value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} maxLength={200} />
        </label>
        <label>
          Owner
          <input value={f.owner} onChange={(e) => setF({ ...f, owner: e.target.value })} maxLength={200} />
        </label>
        <label>
          Customers or market served
          <input value={f.customers} onChange={(e) => setF({ ...f, customers: e.target.value })} />
        </label>
      </div>
      <label>
        Description
        <textarea
          rows={2}
          value={f.description}
          onChange={(e) => setF({ ...f, description: e.target.value })}
        />
      </label>
      <NodePicker
        label="Delivered by (processes and resources)"
        nodes={props.nodes}
        value={f.nodeIds}
        onChange={(ids) => setF({ ...f, nodeIds: ids })}
      />
      <fieldset>
        <legend>Impact tolerance</legend>
        <div className="rb-fields">
          <label>
            Tolerance label
            <input value={f.label} onChange={(e) => setF({ ...f, label: e.target.value })} />
          </label>
          <label>
            Maximum time of disruption (minutes)
            <input
              type="number"
              value={f.maxMinutes}
              onChange={(e) => setF({ ...f, maxMinutes: e.target.value })}
            />
          </label>
          <label>
            Customers affected (optional)
            <input
              type="number"
              value={f.customersAffected}
              onChange={(e) => setF({ ...f, customersAffected: e.target.value })}
            />
          </label>
        </div>
        <label>
          Rationale
          <textarea
            rows={2}
            value={f.rationale}
            onChange={(e) => setF({ ...f, rationale: e.target.value })}
          />
        </label>
      </fieldset>
      <ErrorNotice message={error} />
      <button type="submit" className="primary">
        Save the service
      </button>
    </form>
  );
}
