// Workspace.build writes a whole new file (the demo) beside its name and renames it into place only
// when complete: a failure part-way leaves nothing under the name, so the next attempt starts afresh
// instead of opening a half-built workspace forever.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDir } from '../../electron/core/app/data-dir';
import { Workspace } from '../../electron/core/app/workspace';
import { tempDir } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let dataDir: DataDir;
const w = { actor: { name: 'Ana Souza', role: 'BCM lead' }, now: new Date('2026-03-02T09:00:00Z') };

beforeEach(() => {
  dir = tempDir();
  dataDir = new DataDir(join(dir.path, 'data'));
});
afterEach(() => dir.cleanup());

describe('Workspace.build', () => {
  it('a fill that fails part-way leaves no file under the name and no partial beside it', async () => {
    const path = join(dir.path, 'demo.steadfast');
    await expect(
      Workspace.build(path, 'Half', dataDir, w, async (ws) => {
        ws.mutate(w, () => ({ value: null, audit: { action: 'x.test', entity: 'x', entityId: '1' } }));
        throw new Error('the machine died here');
      }),
    ).rejects.toThrow('the machine died here');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir.path).filter((f) => f.startsWith('demo'))).toEqual([]);
  });

  it('a complete build is renamed into place, opens, and its head is recorded for the final path', async () => {
    const path = join(dir.path, 'demo.steadfast');
    const ws = await Workspace.build(path, 'Whole', dataDir, w, async (b) => {
      for (let i = 0; i < 5; i++)
        b.mutate(w, () => ({ value: null, audit: { action: 'x.test', entity: 'x', entityId: String(i) } }));
    });
    expect(ws.path).toBe(path);
    expect(ws.summary().chain).toMatchObject({ seq: 6, outsideHead: { status: 'match' } });
    expect(dataDir.head(ws.id)?.path).toBe(path);
    ws.close();
    expect(readdirSync(dir.path).filter((f) => f.includes('partial'))).toEqual([]);
  });
});
