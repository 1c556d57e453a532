// The estimate check the runbook screens rely on (measured minutes: test/unit/format/duration.test.ts).
import { describe, expect, it } from 'vitest';
import { checkEstimate } from '../../renderer/src/features/runbooks/step-estimate';

describe('checkEstimate', () => {
  it('accepts min ≤ likely ≤ max in whole minutes', () => {
    expect(checkEstimate({ min: '5', likely: '5', max: '9' })).toEqual({
      ok: true,
      min: 5,
      likely: 5,
      max: 9,
    });
  });
  it('names what is wrong', () => {
    expect(checkEstimate({ min: '10', likely: '5', max: '20' })).toEqual({
      ok: false,
      message: 'Min (10 min) must not exceed likely (5 min): min ≤ likely ≤ max.',
    });
    expect(checkEstimate({ min: '1', likely: '30', max: '20' })).toMatchObject({
      message: 'Likely (30 min) must not exceed max (20 min): min ≤ likely ≤ max.',
    });
    expect(checkEstimate({ min: '1.5', likely: '2', max: '3' })).toMatchObject({
      message: 'Min must be whole minutes (0 or more).',
    });
    expect(checkEstimate({ min: '1', likely: '', max: '3' })).toMatchObject({ ok: false });
  });
});
