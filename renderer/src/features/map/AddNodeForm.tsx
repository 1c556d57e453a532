// Adds a process or resource: kind, name and tier are enough to place it; the rest is edited
// in the registers and the BIA.
import { useState, type FormEvent } from 'react';
import { NODE_KINDS, type NodeKind, type Tier } from '../../../../shared/domain/model';
import { KIND_STYLES } from '../../../../shared/presentation/palette';

export function AddNodeForm(props: {
  tiers: readonly Tier[];
  onAdd: (input: { kind: NodeKind; name: string; tierId: string | null }) => Promise<boolean>;
  onClose: () => void;
}) {
  const [kind, setKind] = useState<NodeKind>('application');
  const [name, setName] = useState('');
  const [tierId, setTierId] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    const ok = await props.onAdd({ kind, name: name.trim(), tierId: tierId || null });
    setBusy(false);
    // Stay open for the next one: maps are built several nodes at a time.
    if (ok) setName('');
  }

  return (
    <form
      className="map-add card"
      aria-label="Add node"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value as NodeKind)}>
          {NODE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_STYLES[k].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} required autoFocus />
      </label>
      <label>
        Tier
        <select value={tierId} onChange={(e) => setTierId(e.target.value)}>
          <option value="">No tier</option>
          {props.tiers.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Add node
        </button>
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      </div>
    </form>
  );
}
