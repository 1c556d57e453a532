// ISO 17442 check digits (ISO 7064 MOD 97-10) on published LEIs and on broken ones.
import { describe, expect, it } from 'vitest';
import { leiCheckDigits, leiProblem } from '../../../../shared/domain/thirdparty/lei';

describe('LEI check digits', () => {
  it('accepts published LEIs and computes their check digits', () => {
    // GLEIF's own LEI and the ISO 17442 example.
    for (const lei of ['506700GE1G29325QX363', '5493001KJTIIGC8Y1R12', '529900T8BM49AURSDO55']) {
      expect(leiProblem(lei) === null).toBe(true);
      expect(leiCheckDigits(lei.slice(0, 18))).toBe(lei.slice(18));
    }
  });

  it('names what is wrong: length, shape, check digits', () => {
    expect(leiProblem('5493001KJTIIGC8Y1R1')).toMatch(/20 characters/);
    expect(leiProblem('5493001kjtiigc8y1r12')).toMatch(/capital letters or digits/);
    expect(leiProblem('5493001KJTIIGC8Y1R13')).toMatch(/check digits .* expects 12/);
    // A swapped pair of characters changes the remainder.
    expect(leiProblem('5493001KJTIIGC8Y1R21') === null).toBe(false);
  });
});
