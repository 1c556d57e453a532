// Pick nodes from the workspace by name: a filter box over a checklist, the chosen ones first.
import { useId, useState } from 'react';
import type { NodeView } from '../../../../shared/contract';

export function NodePicker(props: {
  label: string;
  nodes: NodeView[];
  value: string[];
  onChange: (ids: string[]) => void;
  disabled?: boolean;
}) {
  const [filter, setFilter] = useState('');
  const id = useId();
  const chosen = new Set(props.value);
  const f = filter.trim().toLowerCase();
  const shown = props.nodes
    .filter((n) => chosen.has(n.id) || (f && n.name.toLowerCase().includes(f)))
    .sort((a, b) => Number(chosen.has(b.id)) - Number(chosen.has(a.id)) || a.name.localeCompare(b.name))
    .slice(0, 30);
  const toggle = (nodeId: string) =>
    props.onChange(chosen.has(nodeId) ? props.value.filter((v) => v !== nodeId) : [...props.value, nodeId]);
  return (
    <fieldset className="node-picker" disabled={props.disabled}>
      <legend id={id}>{props.label}</legend>
      <input
        type="search"
        placeholder="Type to find a node…"
        aria-label={`${props.label}: find a node`}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul aria-labelledby={id}>
        {shown.map((n) => (
          <li key={n.id}>
            <label className="check">
              <input type="checkbox" checked={chosen.has(n.id)} onChange={() => toggle(n.id)} />
              {n.name} <span className="muted small">{n.kind}</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="muted small">None chosen.</li>}
      </ul>
    </fieldset>
  );
}
