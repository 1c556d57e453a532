// Handing out a workshop packet: a consistent copy of the master (SQLite's backup API) whose first
// own entry, signed by the analyst, records the master, the head it was cut from (its base) and its
// scope. The packet keeps the whole chain, so its history and the master's share every entry up to
// the base and the merge can check that they do.
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../../shared/contract';
import type { DataDir } from '../../app/data-dir';
import { Workspace } from '../../app/workspace';
import type { PacketScope } from '../../store/schema/packets';
import type { WriteContext } from '../../store/write';

export interface CutResult {
  packetId: string;
  file: string;
  base: { seq: number; hash: string };
  scope: PacketScope;
  scopeNodes: number;
}

/** The scope's nodes: the named processes (or a department's processes) and everything they depend on. */
export function scopeNodeIds(master: Workspace, scope: PacketScope): string[] {
  if (scope.kind === 'whole') return [];
  const nodes = master.store.nodes.everyNode().filter((n) => n.retiredAt === null);
  let roots: string[];
  if (scope.kind === 'departments') {
    const wanted = new Set(scope.values.map((d) => d.trim().toLowerCase()));
    roots = nodes
      .filter((n) => n.kind === 'process' && wanted.has(n.department.trim().toLowerCase()))
      .map((n) => n.id);
    const found = new Set(
      nodes.filter((n) => n.kind === 'process').map((n) => n.department.trim().toLowerCase()),
    );
    const missing = scope.values.filter((d) => !found.has(d.trim().toLowerCase()));
    if (missing.length > 0)
      throw new AppError(
        'INVALID_INPUT',
        `No live process in the department${missing.length === 1 ? '' : 's'} ${missing.join(', ')}.`,
      );
  } else {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const byName = new Map(nodes.filter((n) => n.kind === 'process').map((n) => [n.name.toLowerCase(), n]));
    roots = scope.values.map((v) => {
      const n = byId.get(v) ?? byName.get(v.toLowerCase());
      if (!n || n.kind !== 'process')
        throw new AppError('INVALID_INPUT', `No live process "${v}" in this workspace.`);
      return n.id;
    });
  }
  const providers = new Map<string, string[]>();
  for (const e of master.store.nodes.everyEdge())
    if (e.retiredAt === null)
      providers.set(e.consumerId, [...(providers.get(e.consumerId) ?? []), e.providerId]);
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(providers.get(id) ?? []));
  }
  return [...seen].sort();
}

export async function cutPacket(
  master: Workspace,
  file: string,
  scope: PacketScope,
  dataDir: DataDir,
  w: WriteContext,
): Promise<CutResult> {
  if (master.store.packets.current())
    throw new AppError(
      'CONFLICT',
      `${basename(master.path)} is itself a workshop packet; hand out packets from the master workspace.`,
    );
  if (existsSync(file))
    throw new AppError('CONFLICT', `${basename(file)} already exists; choose a new file name.`);
  const nodes = scopeNodeIds(master, scope);
  const name = master.summary().name;
  await master.copyTo(file);
  let packet: Workspace | undefined;
  try {
    packet = await Workspace.open(file, dataDir, w.now);
    const base = packet.chainHead();
    const at = w.now.toISOString();
    const rec = {
      id: randomUUID(),
      masterId: master.id,
      masterName: name,
      baseSeq: base.seq,
      baseHash: base.hash,
      scope,
      scopeNodeIds: nodes,
      cutByName: w.actor.name,
      cutByFingerprint: w.signer?.fingerprint ?? null,
      cutAt: at,
      createdAt: at,
      updatedAt: at,
    };
    packet.write(w, (s) => s.packets.cut(w, rec));
    return { packetId: rec.id, file, base, scope, scopeNodes: nodes.length };
  } catch (err) {
    packet?.close();
    packet = undefined;
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    throw err;
  } finally {
    packet?.close();
  }
}
