// The demo workspace: a fictional mid-sized logistics company, Meridian Freight. Each capability
// adds its part of the story here, recorded through the same audited writes a user makes.
import { eq } from 'drizzle-orm';
import type { DataDir } from '../data-dir';
import { workspace as workspaceTable } from '../store/schema';
import { Workspace, type WriteContext } from '../workspace';

export const DEMO_ACTORS = {
  lead: { name: 'Priya Raman', role: 'BCM lead' },
  analyst: { name: 'Tomás Ólafsson', role: 'Continuity analyst' },
  approver: { name: 'Grace Okafor', role: 'Head of operations' },
} as const;

export async function buildDemoWorkspace(path: string, dataDir: DataDir, now: Date): Promise<Workspace> {
  const start = new Date(now.getTime() - 30 * 24 * 3600_000);
  const at = (minutesAfterStart: number): Date => new Date(start.getTime() + minutesAfterStart * 60_000);
  const as = (actor: WriteContext['actor'], minutes: number): WriteContext => ({ actor, now: at(minutes) });

  const ws = await Workspace.create(
    path,
    'Meridian Freight — continuity programme',
    dataDir,
    as(DEMO_ACTORS.lead, 0),
  );
  const info = {
    organisation: 'Meridian Freight & Logistics Ltd.',
    description:
      'Business continuity and release readiness for Meridian Freight: road and sea freight booking, warehousing, customs brokerage and customer billing across four departments.',
  };
  ws.mutate(as(DEMO_ACTORS.lead, 5), () => {
    ws.orm
      .update(workspaceTable)
      .set({ ...info, updatedAt: at(5).toISOString() })
      .where(eq(workspaceTable.id, ws.id))
      .run();
    return {
      value: null,
      audit: {
        action: 'workspace.update',
        entity: 'workspace',
        entityId: ws.id,
        before: { organisation: '', description: '' },
        after: info,
      },
    };
  });
  return ws;
}
