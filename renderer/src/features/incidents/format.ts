// Instants on the incident screens: epoch milliseconds from the API, typed as local time by people.
import { formatDateTime } from '../../../../shared/format/datetime';
import { fromLocalInput, toLocalInput } from '../releases/format';

export const when = (ms: number | null): string => (ms === null ? '—' : formatDateTime(new Date(ms)));
export const toInput = (ms: number | null): string =>
  ms === null ? '' : toLocalInput(new Date(ms).toISOString());
export const fromInput = (v: string): string | null => (v === '' ? null : fromLocalInput(v));
