// Ids of rows come from the app (UUIDs, or the default registers' slugs), never from whatever a
// client sends: every save that takes an optional row id refuses a blank, a control character or a
// path (issue 16: rows accepted " ", NUL and "../../etc/passwd" as ids).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, METHOD_NAMES } from '../../shared/contract/methods';
import { id } from '../../shared/contract/schemas';

const saves = METHOD_NAMES.filter((m) => {
  const input = contract[m].input as z.ZodType;
  return input instanceof z.ZodObject && 'id' in input.shape && input.shape.id instanceof z.ZodOptional;
});

describe('row ids at the boundary', () => {
  it('covers the saves that take an optional id', () => {
    expect(saves.length).toBeGreaterThanOrEqual(10);
  });

  it.each(saves)('%s refuses hostile ids and takes the app’s own', (m) => {
    const shape = (contract[m].input as z.ZodObject).shape as Record<string, z.ZodType>;
    const idSchema = shape.id!;
    for (const bad of [' ', '\u0000', '../../etc/passwd', 'a b', '', 'x'.repeat(101)])
      expect(idSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    for (const good of ['2f1c7a1e-9b7d-4a57-8f0e-3d2f8f6e9a10', 'tier-0', '1h', 'legal-regulatory'])
      expect(idSchema.safeParse(good).success, good).toBe(true);
  });

  it('refuses control characters in any id a request names', () => {
    expect(id.safeParse('abc\u0000').success).toBe(false);
    expect(id.safeParse('abc').success).toBe(true);
  });
});
