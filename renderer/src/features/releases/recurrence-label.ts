// A stored recurrence as a person reads it beside a window: ", weekly (UTC)" or the rule and its zone.
import { recurrenceTimeZone } from '../../../../shared/domain/release';

export function recurrenceLabel(recurrence: string): string {
  const text = recurrence.trim();
  if (text === '' || text === 'none') return '';
  if (!text.includes('=')) return `, ${text} (UTC)`;
  const rule = /RRULE:([^\n]+)/i.exec(text)?.[1] ?? text;
  return `, repeats ${rule} (${recurrenceTimeZone(text)})`;
}
