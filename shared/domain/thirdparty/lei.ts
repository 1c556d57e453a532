// Legal Entity Identifiers (ISO 17442): 18 alphanumeric characters and two check digits computed
// with ISO 7064 MOD 97-10, letters counting A=10 … Z=35. Written here: the rule is four lines, and
// no maintained package does only this.

const LEI_SHAPE = /^[0-9A-Z]{18}[0-9]{2}$/;

/** The value of an alphanumeric string as ISO 7064 reads it, modulo 97. */
function mod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const v = ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : ch.charCodeAt(0) - 48;
    rest = v >= 10 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
  }
  return rest;
}

/** The two check digits for an 18-character base. */
export function leiCheckDigits(base: string): string {
  return String(98 - mod97(`${base}00`)).padStart(2, '0');
}

/** Why an LEI is not valid, or null when it is. */
export function leiProblem(lei: string): string | null {
  if (lei.length !== 20) return `an LEI has 20 characters; "${lei}" has ${lei.length}`;
  if (!LEI_SHAPE.test(lei))
    return `an LEI is 18 capital letters or digits followed by two digits; "${lei}" is not`;
  if (mod97(lei) !== 1)
    return `the check digits of "${lei}" are wrong (ISO 17442 expects ${leiCheckDigits(lei.slice(0, 18))})`;
  return null;
}
