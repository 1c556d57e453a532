// "1 process", "2 processes": a count with its noun in the right number. English only, so the
// plural form is passed in where it is not the noun plus "s".

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
