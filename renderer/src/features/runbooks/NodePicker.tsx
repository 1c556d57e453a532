// Pick nodes from the workspace by name: a filter box over a checklist, the chosen ones first. In the
// box, ↓/↑ move the highlight among the matches and Enter chooses the highlighted one (it must not
// submit the form around the picker: that created runbooks without their target).
import { useId, useState, type KeyboardEvent } from 'react';
import type { NodeView } from '../../../../shared/contract';

export function NodePicker(props: {
  label: string;
  nodes: NodeView[];
  value: string[];
  onChange: (ids: string[]) => void;
  disabled?: boolean;
}) {
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();
  const chosen = new Set(props.value);
  const f = filter.trim().toLowerCase();
  const matches = f
    ? props.nodes
        .filter((n) => !chosen.has(n.id) && n.name.toLowerCase().includes(f))
        .sort((a, b) => a.name.localeCompare(b.name))
        .slice(0, 30)
    : [];
  const picked = props.nodes.filter((n) => chosen.has(n.id)).sort((a, b) => a.name.localeCompare(b.name));
  const highlighted = matches[Math.min(active, matches.length - 1)];
  const toggle = (nodeId: string) =>
    props.onChange(chosen.has(nodeId) ? props.value.filter((v) => v !== nodeId) : [...props.value, nodeId]);
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (highlighted) {
        toggle(highlighted.id);
        setFilter('');
        setActive(0);
      }
    } else if (e.key === 'ArrowDown' && matches.length > 0) {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp' && matches.length > 0) {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Escape' && filter) {
      e.preventDefault();
      setFilter('');
    }
  };
  const row = (n: NodeView, isActive: boolean) => (
    <li key={n.id} id={`${id}-${n.id}`} className={isActive ? 'active' : undefined}>
      <label className="check">
        <input type="checkbox" checked={chosen.has(n.id)} onChange={() => toggle(n.id)} />
        {n.name} <span className="muted small">{n.kind}</span>
      </label>
    </li>
  );
  return (
    <fieldset className="node-picker" disabled={props.disabled}>
      <legend id={id}>{props.label}</legend>
      <input
        type="search"
        placeholder="Type to find a node, Enter to choose…"
        aria-label={`${props.label}: find a node`}
        aria-activedescendant={highlighted ? `${id}-${highlighted.id}` : undefined}
        value={filter}
        onChange={(e) => {
          setFilter(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      <ul aria-labelledby={id}>
        {picked.map((n) => row(n, false))}
        {matches.map((n) => row(n, n === highlighted))}
        {picked.length === 0 && matches.length === 0 && <li className="muted small">None chosen.</li>}
      </ul>
    </fieldset>
  );
}
