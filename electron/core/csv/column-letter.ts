// Spreadsheet column letters, for messages that name a cell the way Excel shows it.

/** A → 0, B → 1 … Z, AA: the letter a spreadsheet shows for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
