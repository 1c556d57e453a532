// A packet's scope in words, for the banner and the review.
export function scopeText(kind: 'whole' | 'departments' | 'processes', values: string[]): string {
  if (kind === 'whole') return 'the whole workspace';
  const list = values.join(', ');
  return kind === 'departments'
    ? `${values.length === 1 ? 'department' : 'departments'} ${list} and what they depend on`
    : `${values.length === 1 ? 'process' : 'processes'} ${list} and what they depend on`;
}
