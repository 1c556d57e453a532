// The demo's questionnaire campaign: the lead writes what each financial level means, then sends
// the owners of the BIAs still in draft a questionnaire, due two days before the demo's "now" so
// the campaign view shows overdue ones.
import type { ActingSession } from './acting-session';
import { DEMO_ACTORS } from './actors';

const FINANCIAL_LEVELS = [
  'No measurable loss.',
  'Loss below €10,000 a day.',
  'Loss from €10,000 to €250,000 a day.',
  'Loss from €250,000 to €1 m a day.',
  'Loss above €1 m a day.',
];

const SENT_TO = ['Warehouse dispatch', 'Carrier payments', 'Payroll', 'Claims handling'];

export async function seedQuestionnaires(
  s: ActingSession,
  ids: Map<string, string>,
  now: Date,
): Promise<void> {
  s.as(DEMO_ACTORS.lead).wait(30);
  for (const [severity, definition] of FINANCIAL_LEVELS.entries())
    await s.call('levels.save', { categoryId: 'financial', severity, definition });
  const processIds = SENT_TO.flatMap((n) => (ids.has(n) ? [ids.get(n)!] : []));
  if (processIds.length === 0) return;
  await s.call('campaigns.create', {
    name: 'Annual BIA refresh',
    dueDate: new Date(now.getTime() - 2 * 24 * 3600_000).toISOString().slice(0, 10),
    processIds,
  });
}
