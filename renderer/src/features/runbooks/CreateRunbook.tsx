// Create a runbook, blank or from one of the templates, aimed at the nodes it brings back.
import { plural } from '../../../../shared/format/plural';
import { useState, type FormEvent } from 'react';
import type { NodeView } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { NodePicker } from './NodePicker';

export function CreateRunbook(props: { nodes: NodeView[]; onCreated: (id: string) => void }) {
  const templates = useApi(() => api['runbooks.templates']({}), []);
  const [name, setName] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [targets, setTargets] = useState<string[]>([]);
  const [error, setError] = useState<string>();

  async function create(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      const d = await api['runbooks.create']({
        name,
        ...(templateId ? { templateId } : {}),
        targetNodeIds: targets,
      });
      props.onCreated(d.summary.id);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const chosen = templates.data?.find((t) => t.id === templateId);
  return (
    <form className="card rb-create" onSubmit={create} aria-labelledby="rb-create-title">
      <h2 id="rb-create-title">New runbook</h2>
      <label>
        Runbook name
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
      </label>
      <label>
        Start from
        <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          <option value="">Blank runbook</option>
          {(templates.data ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({plural(t.stepCount, 'step')})
            </option>
          ))}
        </select>
      </label>
      {chosen && <p className="muted small">{chosen.description}</p>}
      <NodePicker label="Restores (target nodes)" nodes={props.nodes} value={targets} onChange={setTargets} />
      <ErrorNotice message={error ?? templates.error} />
      <button type="submit" className="primary" disabled={!name.trim()}>
        Create runbook
      </button>
    </form>
  );
}
