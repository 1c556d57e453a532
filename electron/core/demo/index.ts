// The demo workspace: a fictional mid-sized logistics company, Meridian Freight. Each capability
// adds its part of the story here, written through the router as the people who would do it.
import type { DataDir } from '../app/data-dir';
import type { Handlers } from '../app/router';
import { Workspace } from '../app/workspace';
import { ActingSession } from './acting-session';
import { DEMO_ACTORS, demoIdentities } from './actors';
import { identityWriteContext } from '../app/signers';
import type { MemberCard } from '../store/members';
import type { UnlockedIdentity } from '../trust/identity-file';
import { seedBia } from './bia';
import { seedDrTests } from './drtests';
import { seedIncidents } from './incidents';
import { seedExceptions, seedPremortem } from './exceptions';
import { seedReleases } from './releases';
import { seedResilience } from './resilience';
import { seedRunbooks } from './runbooks';
import { seedThirdParties } from './thirdparties';
import { seedQuestionnaires } from './questionnaires';
import { DEMO_EDGES, DEMO_PROCESSES, DEMO_RESOURCES } from './organisation';

/**
 * Writes the demo through `handlers` (the app's own map, passed in by whoever composes it). The demo's
 * people sign with keys made for this build; `joiner`, the person who asked for the demo, is added
 * to its roster by the lead at the end, so they can work in it.
 */
export async function buildDemoWorkspace(
  path: string,
  dataDir: DataDir,
  now: Date,
  handlers: Handlers,
  joiner?: MemberCard,
): Promise<Workspace> {
  const start = new Date(now.getTime() - 30 * 24 * 3600_000);
  const people = demoIdentities(start);
  const lead = people.get(DEMO_ACTORS.lead.name)!;
  return Workspace.build(
    path,
    'Meridian Freight — continuity programme',
    dataDir,
    identityWriteContext(lead, start),
    (ws) => fillDemo(ws, dataDir, start, now, handlers, people, joiner),
  );
}

async function fillDemo(
  ws: Workspace,
  dataDir: DataDir,
  start: Date,
  now: Date,
  handlers: Handlers,
  people: Map<string, UnlockedIdentity>,
  joiner: MemberCard | undefined,
): Promise<void> {
  const s = new ActingSession(ws, dataDir.root, start, handlers, people).as(DEMO_ACTORS.lead);
  for (const p of people.values())
    if (p.name !== DEMO_ACTORS.lead.name)
      await s.call('members.add', { card: { name: p.name, role: p.role, publicKeyPem: p.publicKeyPem } });
  await s.call('workspace.update', {
    organisation: 'Meridian Freight & Logistics Ltd.',
    description:
      'Business continuity and release readiness for Meridian Freight: road and sea freight booking, warehousing, customs brokerage and customer billing across four departments.',
  });

  const ids = new Map<string, string>();
  s.wait(60);
  const { saved } = await s.call('nodes.saveMany', {
    rows: [
      ...DEMO_PROCESSES.map((p) => ({
        kind: 'process' as const,
        name: p.name,
        department: p.department,
        owner: p.owner,
        description: p.description,
      })),
      ...DEMO_RESOURCES.map((r) => ({
        kind: r.kind,
        name: r.name,
        owner: r.owner,
        description: r.description,
        tierId: r.tier,
        rtoMinutes: r.rto,
        rpoMinutes: r.rpo,
        restoreMinutes: r.restore,
      })),
    ],
  });
  if (saved !== DEMO_PROCESSES.length + DEMO_RESOURCES.length)
    throw new Error('demo: not every node was saved');
  for (const n of await s.call('nodes.list', {})) ids.set(n.name, n.id);
  for (const [consumer, provider, group] of DEMO_EDGES) {
    await s.call('edges.save', {
      consumerId: ids.get(consumer)!,
      providerId: ids.get(provider)!,
      groupId: group ?? null,
    });
  }

  await seedBia(s, ids);
  await seedDrTests(s, ids, await seedRunbooks(s, ids));
  await seedReleases(s, ids, now);
  await seedThirdParties(s, ids);
  await seedIncidents(s, ids);
  await seedQuestionnaires(s, ids, now);
  await seedResilience(s, ids);
  await seedPremortem(s, ids, now);
  await seedExceptions(s, now);
  if (joiner)
    await s.as(DEMO_ACTORS.lead).call('members.add', {
      card: { name: joiner.name, role: joiner.role, publicKeyPem: joiner.publicKeyPem },
    });
}
