// Plain sentences for state-check differences, for the verification summary and the CLI.
import type { StateDifference } from '../../../../shared/contract';

const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);
const shown = (v: unknown) => (typeof v === 'string' ? `'${v}'` : v === null ? 'nothing' : JSON.stringify(v));

export function describeDifference(d: StateDifference, full = false): string {
  const row = `${d.table} ${full ? d.id : shortId(d.id)}`;
  switch (d.kind) {
    case 'differs':
      return `${row} field ${d.field} differs from the audit trail: expected ${shown(d.expected)}, found ${shown(d.actual)}`;
    case 'missing':
      return `${row} is missing: the audit trail says it exists, the table does not hold it`;
    case 'unaudited':
      return `${row} has no audit entry: it was written outside the app`;
  }
}
