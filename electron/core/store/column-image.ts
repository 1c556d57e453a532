// Audit entries written before the data layer recorded rows as SQLite returned them: column names and
// stored values (JSON as text, booleans as 0/1). This turns a typed row (or part of one) back into
// that image, so the audit trail reads the same whichever layer wrote it.
import { getTableColumns, type Table } from 'drizzle-orm';

export function columnImage<T extends Table>(
  table: T,
  row: Partial<T['$inferSelect']>,
): Record<string, unknown> {
  const columns = getTableColumns(table);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const column = columns[key];
    if (!column) continue;
    out[column.name] = value === null || value === undefined ? null : column.mapToDriverValue(value);
  }
  return out;
}
