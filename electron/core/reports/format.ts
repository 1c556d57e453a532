// How the pack prints money: fixed formats, never the machine's locale, so the same data gives the
// same bytes everywhere. Durations, dates and counts: shared/format.

export function amount(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
