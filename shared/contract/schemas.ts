// Reusable input pieces with the messages people see.
import { z } from 'zod';
import { NODE_KINDS } from '../domain/model';

export const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
export const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
export const empty = z.object({}).strict();
export const id = z
  .string()
  .min(1, 'must not be empty')
  .max(100)
  .refine((v) => ![...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), {
    message: 'must not contain control characters',
  });
/**
 * The id a save names for its row: the app makes UUIDs, the default registers have slugs such as
 * `tier-0`; nothing else (spaces, NUL, path separators) may become a row's id.
 */
export const rowId = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/,
    'must be an id the app made: letters, digits, ".", "_", ":" or "-", at most 100 characters',
  );
/** Whole minutes, up to a year: objectives and estimates. */
export const minutes = z
  .number({ error: 'must be a number of minutes' })
  .int('must be whole minutes')
  .min(0, 'must not be negative')
  .max(525_600, 'must be at most a year (525,600 minutes)');
export const severity = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be 0 to 4')
  .max(4, 'must be 0 to 4');
export const nodeKind = z.enum(NODE_KINDS, { error: `must be one of ${NODE_KINDS.join(', ')}` });
