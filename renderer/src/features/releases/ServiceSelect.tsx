// "Service" as a required choice among the services a release screen offers: SLOs and maintenance
// windows each belong to one.
import type { NodeView } from '../../../../shared/contract';

export function ServiceSelect(props: {
  value: string;
  services: NodeView[];
  onChange: (id: string) => void;
}) {
  return (
    <label>
      Service
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)} required>
        <option value="">choose…</option>
        {props.services.map((n) => (
          <option key={n.id} value={n.id}>
            {n.name}
          </option>
        ))}
      </select>
    </label>
  );
}
