// Users copy "the one file". SQLite in WAL mode keeps recent commits in the -wal file beside it, so
// a plain copy taken while the app is open used to miss them (887 of 934 audit entries after 25
// minutes of work). After a second without writes the log is checkpointed into the file.
import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkspaceSummary } from '../../shared/contract';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
beforeEach(() => {
  dir = tempDir();
  t = testSession(dir.path);
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

function auditEntriesInCopy(path: string): number {
  const copy = join(dir.path, 'copy.steadfast');
  copyFileSync(path, copy); // the file alone, as a user copies it: no -wal beside it
  const db = new Database(copy, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('idle checkpoint', () => {
  it('a plain copy of the file taken after an idle second holds every acknowledged write', async () => {
    await t.as('Ana Souza', 'BCM lead');
    const ws = await t.call<WorkspaceSummary>('workspace.create', { name: 'Copied by hand' });
    for (let i = 0; i < 20; i++) await t.call('workspace.update', { description: `edit ${i}` });
    const path = t.session.workspace!.path;
    const acknowledged = ws.chain.seq + 20;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(auditEntriesInCopy(path)).toBe(acknowledged);
  });
});
