// Processes grouped by department, each with its BIA status; a filter box narrows the list.
import { useMemo, useState } from 'react';
import type { ObjectivesRow } from '../../../../shared/contract';
import { StatusBadge } from '../../components/StatusBadge';

/** Department order (alphabetical, "No department" last), then name: the order workshops walk. */
export function groupByDepartment(rows: ObjectivesRow[]): [string, ObjectivesRow[]][] {
  const groups = new Map<string, ObjectivesRow[]>();
  for (const r of rows) {
    const key = r.department || 'No department';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === 'No department' ? 1 : b === 'No department' ? -1 : a.localeCompare(b)))
    .map(([k, list]) => [k, [...list].sort((a, b) => a.name.localeCompare(b.name))]);
}

export function ProcessPicker(props: {
  rows: ObjectivesRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => {
    const f = filter.trim().toLowerCase();
    const rows = f
      ? props.rows.filter((r) => `${r.name} ${r.department} ${r.owner}`.toLowerCase().includes(f))
      : props.rows;
    return groupByDepartment(rows.slice(0, 2000));
  }, [props.rows, filter]);
  return (
    <nav className="picker" aria-label="Processes">
      <input
        type="search"
        aria-label="Filter processes"
        placeholder="Filter processes"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {props.rows.length === 0 && <p className="muted">No processes yet. Add them under Registers.</p>}
      {groups.map(([dept, rows]) => (
        <section key={dept}>
          <h3>{dept}</h3>
          <ul>
            {rows.map((r) => (
              <li key={r.processId}>
                <button
                  type="button"
                  className={r.processId === props.selectedId ? 'pick active' : 'pick'}
                  aria-current={r.processId === props.selectedId ? 'true' : undefined}
                  onClick={() => props.onSelect(r.processId)}
                >
                  <span className="pick-name">{r.name}</span>
                  <StatusBadge status={r.status} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
