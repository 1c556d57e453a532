// Stale updates (issue 15, item 5): a save carries the `updated_at` stamp of the row it was based on;
// when the row changed since, the save is refused as CONFLICT naming, per field it would change,
// the value sent and the value stored now, instead of silently overwriting the other person's edit.
import { AppError } from '../../../shared/contract';

export interface StaleField {
  field: string;
  yours: unknown;
  stored: unknown;
}

export interface StaleConflict {
  entity: string;
  entityId: string;
  basedOn: string;
  storedAt: string;
  fields: StaleField[];
}

function shown(v: unknown): string {
  return v === null || v === undefined || v === '' ? '(empty)' : JSON.stringify(v);
}

/**
 * Throws CONFLICT when `basedOn` is given, the row's stamp moved on since, and the save would change
 * a field (a save that would change nothing is no conflict: both sides agree). `changed` are the
 * fields whose sent value differs from the stored one.
 */
export function refuseStale(
  entity: string,
  entityId: string,
  basedOn: string | undefined,
  storedAt: string,
  changed: StaleField[],
): void {
  if (basedOn === undefined || basedOn === storedAt || changed.length === 0) return;
  const list = changed.map((f) => `${f.field}: yours ${shown(f.yours)}, now ${shown(f.stored)}`).join('; ');
  const conflict: StaleConflict = { entity, entityId, basedOn, storedAt, fields: changed };
  throw new AppError(
    'CONFLICT',
    `This ${entity} was changed by someone else at ${storedAt} after you loaded it, so your change was not saved (${list}). Reload it and make your change again.`,
    { conflict },
  );
}
