// The conflicts of a packet brought back, side by side (base, master, packet), with a choice per field.
import type { PacketConflictView } from '../../../../shared/contract';

export type Choice = 'master' | 'packet';

const KIND_LABELS: Record<PacketConflictView['kind'], string> = {
  'both-changed': 'changed on both sides',
  'retired-and-edited': 'retired on one side, edited on the other',
  'deleted-and-edited': 'deleted on one side, edited on the other',
  'missing-end': 'refers to a record the master no longer holds',
};

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function ConflictTable(props: {
  conflicts: PacketConflictView[];
  choices: Record<string, Choice>;
  onChoose: (id: string, choice: Choice) => void;
  disabled: boolean;
}) {
  return (
    <table className="plain packet-conflicts" aria-label="Conflicts to settle">
      <thead>
        <tr>
          <th scope="col">Conflict</th>
          <th scope="col">Base (at the cut)</th>
          <th scope="col">Master</th>
          <th scope="col">Packet</th>
          <th scope="col">Keep</th>
        </tr>
      </thead>
      <tbody>
        {props.conflicts.map((c) => {
          const name = `choice-${c.id}`;
          const chosen = props.choices[c.id];
          return (
            <tr key={c.id} aria-label={c.label}>
              <th scope="row">
                {c.label}
                <div className="muted small">{KIND_LABELS[c.kind]}</div>
              </th>
              <td>{show(c.base)}</td>
              <td className={chosen === 'master' ? 'chosen' : undefined}>{show(c.master)}</td>
              <td className={chosen === 'packet' ? 'chosen' : undefined}>{show(c.packet)}</td>
              <td>
                <fieldset className="choice" aria-label={`Keep for ${c.label}`}>
                  <label className="inline">
                    <input
                      type="radio"
                      name={name}
                      checked={chosen === 'master'}
                      disabled={props.disabled}
                      onChange={() => props.onChoose(c.id, 'master')}
                    />{' '}
                    Keep master
                  </label>
                  <label className="inline">
                    <input
                      type="radio"
                      name={name}
                      checked={chosen === 'packet'}
                      disabled={props.disabled}
                      onChange={() => props.onChoose(c.id, 'packet')}
                    />{' '}
                    Take packet
                  </label>
                </fieldset>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
