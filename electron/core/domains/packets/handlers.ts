// Workshop packets in the app: packet.cut delivers a new packet of the open workspace; packet.review
// opens a packet brought back (its bytes, written to a private temporary file) and keeps the review
// for this session; packet.accept writes it with the reviewer's choices.
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, type PacketInfoView, type PacketReviewView } from '../../../../shared/contract';
import { requireWorkspace, writeContext, type Session } from '../../app/context';
import type { Handlers } from '../../app/router';
import { Workspace } from '../../app/workspace';
import { cutPacket } from './cut';
import { acceptMerge, choicesFor, prepareMerge, type MergeReview } from './merge';

interface Held {
  review: MergeReview;
  packet: Workspace;
  dir: string;
}

/** At most one review per session: a new one (or closing) discards the last. */
const held = new WeakMap<Session, { token: string; held: Held }>();

function discard(session: Session): void {
  const h = held.get(session);
  if (!h) return;
  h.held.packet.close();
  rmSync(h.held.dir, { recursive: true, force: true });
  held.delete(session);
}

export const packetHandlers = {
  'packet.current': (_input, ctx): PacketInfoView | null => {
    const ws = requireWorkspace(ctx);
    const rec = ws.store.packets.current();
    if (!rec) return null;
    const names = new Map(ws.store.nodes.everyNode().map((n) => [n.id, n.name]));
    return {
      masterName: rec.masterName,
      cutBy: rec.cutByName,
      cutAt: rec.cutAt,
      base: { seq: rec.baseSeq, hash: rec.baseHash },
      scope: rec.scope,
      scopeNames:
        rec.scope.kind === 'processes' ? rec.scope.values.map((v) => names.get(v) ?? v) : rec.scope.values,
    };
  },
  'packet.cut': async (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const name = ws.summary().name.replace(/[^\p{L}\p{N} ._-]+/gu, '_');
    return ctx.session.shell.deliverFile(`${name} (workshop packet).steadfast`, async (target) => {
      // Cut beside, closed (so its log is folded in), then copied where the person chose.
      const dir = mkdtempSync(join(tmpdir(), 'steadfast-packet-'));
      try {
        const file = join(dir, 'packet.steadfast');
        await cutPacket(ws, file, input.scope, ctx.session.dataDir, w);
        copyFileSync(file, target);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
  'packet.review': async (input, ctx): Promise<PacketReviewView> => {
    const master = requireWorkspace(ctx);
    discard(ctx.session);
    const dir = mkdtempSync(join(tmpdir(), 'steadfast-merge-'));
    let packet: Workspace | undefined;
    try {
      const file = join(dir, 'packet.steadfast');
      writeFileSync(file, Buffer.from(input.dataBase64, 'base64'), { mode: 0o600 });
      packet = await Workspace.open(file, ctx.session.dataDir, ctx.session.clock.now());
      const review = prepareMerge(master, packet);
      const token = randomUUID();
      held.set(ctx.session, { token, held: { review, packet, dir } });
      const p = review.packet;
      return {
        token,
        masterName: p.masterName,
        cutBy: p.cutByName,
        cutAt: p.cutAt,
        scope: p.scope,
        base: { seq: p.baseSeq, hash: p.baseHash },
        head: review.head,
        alreadyMerged: review.alreadyMerged,
        applies: review.plan.applies.size,
        conflicts: review.conflicts.map((c) => ({
          id: c.id,
          label: c.label,
          table: c.table,
          field: c.field,
          kind: c.kind,
          base: c.base,
          master: c.master,
          packet: c.packet,
        })),
      };
    } catch (err) {
      packet?.close();
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
  },
  'packet.accept': (input, ctx) => {
    const master = requireWorkspace(ctx);
    const h = held.get(ctx.session);
    if (!h || h.token !== input.token)
      throw new AppError('NOT_FOUND', 'This review is no longer open; bring the packet back again.');
    const out = acceptMerge(
      master,
      h.held.review,
      choicesFor(h.held.review, input.choices),
      writeContext(ctx),
    );
    discard(ctx.session);
    return out;
  },
} satisfies Partial<Handlers>;
