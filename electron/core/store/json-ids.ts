// Id lists kept as JSON in TEXT columns of tables this store reads but another aggregate owns. Takes
// the text or an already-parsed value, so it keeps working if that column gains a JSON mode.
import { z } from 'zod';

const idList = z.array(z.string());

/** A damaged value reads as no ids rather than breaking the view. */
export function idsOf(value: unknown): string[] {
  try {
    const parsed = idList.safeParse(typeof value === 'string' ? JSON.parse(value) : value);
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
