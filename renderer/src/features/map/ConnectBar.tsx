// Connect mode: the selected node needs the next node clicked on the map, or the one named here.
import { useState, type FormEvent } from 'react';
import type { MapNode } from '../../../../shared/contract';

export function ConnectBar(props: {
  consumer: MapNode;
  nodes: readonly MapNode[];
  onConnect: (providerId: string, hard: boolean) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  const [soft, setSoft] = useState(false);
  const others = props.nodes.filter((n) => n.id !== props.consumer.id);
  const match =
    others.find((n) => n.name.toLowerCase() === text.trim().toLowerCase()) ??
    (text.trim() ? others.find((n) => n.name.toLowerCase().includes(text.trim().toLowerCase())) : undefined);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (match) props.onConnect(match.id, !soft);
  }

  return (
    <form
      className="map-bar map-connect"
      aria-label="Connect"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <strong>{props.consumer.name}</strong> needs…
      <input
        list="map-connect-names"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="click a node, or type its name"
        aria-label="Provider name"
        autoFocus
      />
      <datalist id="map-connect-names">
        {others.slice(0, 2000).map((n) => (
          <option key={n.id} value={n.name} />
        ))}
      </datalist>
      <label className="inline">
        <input type="checkbox" checked={soft} onChange={(e) => setSoft(e.target.checked)} /> soft (drawn only)
      </label>
      <button type="submit" className="primary" disabled={!match}>
        Connect{match ? ` to ${match.name}` : ''}
      </button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
