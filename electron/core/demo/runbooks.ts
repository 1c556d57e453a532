// Meridian Freight's runbooks: one per template, written by the analyst or the lead and approved by
// someone else (segregation of duties), one still in review, one draft, and one approved runbook
// already being revised, so the compare view has two versions to show.
import type { RunbookDetail } from '../../../shared/contract';
import type { ActingSession } from './acting-session';
import { DEMO_ACTORS } from './actors';

interface DemoRunbook {
  name: string;
  templateId: string;
  targets: string[];
  author: keyof typeof DEMO_ACTORS;
  state: 'draft' | 'in_review' | 'approved';
}

const RUNBOOKS: DemoRunbook[] = [
  {
    name: 'FreightHub release (blue-green)',
    templateId: 'blue-green',
    targets: ['FreightHub booking platform'],
    author: 'analyst',
    state: 'approved',
  },
  {
    name: 'FreightHub release rollback',
    templateId: 'blue-green-rollback',
    targets: ['FreightHub booking platform'],
    author: 'analyst',
    state: 'approved',
  },
  {
    name: 'Customer portal canary',
    templateId: 'canary',
    targets: ['Customer portal web'],
    author: 'analyst',
    state: 'approved',
  },
  {
    name: 'Tracking service rolling update',
    templateId: 'rolling',
    targets: ['Tracking service'],
    author: 'analyst',
    state: 'in_review',
  },
  {
    name: 'LedgerOne schema migration',
    templateId: 'expand-contract',
    targets: ['LedgerOne ERP'],
    author: 'lead',
    state: 'draft',
  },
  {
    name: 'FreightHub failover to the DR site',
    templateId: 'failover-dr-site',
    targets: ['FreightHub booking platform'],
    author: 'lead',
    state: 'approved',
  },
  {
    name: 'StockPilot WMS restore from backup',
    templateId: 'restore-from-backup',
    targets: ['StockPilot WMS'],
    author: 'analyst',
    state: 'approved',
  },
  {
    name: 'CRM restore from backup',
    templateId: 'restore-from-backup',
    targets: ['CRM'],
    author: 'analyst',
    state: 'approved',
  },
];

export async function seedRunbooks(
  s: ActingSession,
  ids: Map<string, string>,
): Promise<Map<string, RunbookDetail>> {
  const made = new Map<string, RunbookDetail>();
  for (const rb of RUNBOOKS) {
    s.as(DEMO_ACTORS[rb.author]).wait(50);
    const d = await s.call('runbooks.create', {
      name: rb.name,
      templateId: rb.templateId,
      targetNodeIds: rb.targets.map((n) => ids.get(n)!),
    });
    made.set(rb.name, d);
    if (rb.state !== 'draft') {
      s.wait(30);
      await s.call('runbooks.transition', { runbookId: d.summary.id, to: 'in_review' });
    }
  }
  s.as(DEMO_ACTORS.approver).wait(60 * 18);
  for (const rb of RUNBOOKS.filter((r) => r.state === 'approved')) {
    s.wait(15);
    const d = await s.call('runbooks.transition', {
      runbookId: made.get(rb.name)!.summary.id,
      to: 'approved',
    });
    made.set(rb.name, d);
  }

  // After the canary's approval the analyst tightens its first analysis window: version 2, a draft.
  s.as(DEMO_ACTORS.analyst).wait(60 * 26);
  const canary = made.get('Customer portal canary')!;
  const step = canary.version.steps.find((x) => x.key === 'analyse-1')!;
  const { id: _id, position: _position, ...fields } = step;
  await s.call('runbooks.saveStep', {
    runbookId: canary.summary.id,
    step: {
      ...fields,
      likelyMinutes: 20,
      maxMinutes: 45,
      verification: `${step.verification}\n\nCompare error rate **and** p95 latency against the baseline.`,
    },
  });
  return made;
}
