// The workspace's roster: list, add (an identity on this machine or a member card from another) and
// retire keys. Every change is an audit entry signed by the member who makes it; retiring a member is
// also a sign-off. A retired key can never sign again, and cannot be added back.
import { AppError, type MemberView } from '../../../../shared/contract';
import { currentIdentity, requireWorkspace, writeContext, type Context } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { MemberRecord } from '../../store/members';
import { fingerprintOf } from '../../trust/keys';
import { signOff, signoffViews } from './signoff';

function views(ctx: Context, rows: MemberRecord[]): MemberView[] {
  const ws = requireWorkspace(ctx);
  const names = new Map(ws.store.members.all().map((m) => [m.fingerprint, m.name]));
  const you = ctx.session.identity?.fingerprint;
  return rows.map((m) => ({
    fingerprint: m.fingerprint,
    name: m.name,
    role: m.role,
    addedAt: m.addedAt,
    addedBy: m.addedBy,
    addedByName: names.get(m.addedBy) ?? m.addedBy,
    retiredAt: m.retiredAt,
    retiredByName: m.retiredBy === null ? null : (names.get(m.retiredBy) ?? m.retiredBy),
    retiredReason: m.retiredReason,
    you: m.fingerprint === you,
  }));
}

export const memberHandlers = {
  'members.list': (_input, ctx) => views(ctx, requireWorkspace(ctx).store.members.all()),
  'members.card': (_input, ctx) => {
    const id = currentIdentity(ctx);
    return { name: id.name, role: id.role, publicKeyPem: id.publicKeyPem, fingerprint: id.fingerprint };
  },
  'members.add': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    let card: { fingerprint: string; name: string; role: string; publicKeyPem: string };
    if ('fingerprint' in input) {
      const file = ctx.session.dataDir.identity(input.fingerprint);
      if (!file)
        throw new AppError('NOT_FOUND', `No identity with the key ${input.fingerprint} is on this machine.`);
      card = {
        fingerprint: file.fingerprint,
        name: file.name,
        role: file.role,
        publicKeyPem: file.publicKeyPem,
      };
    } else {
      let fingerprint: string;
      try {
        fingerprint = fingerprintOf(input.card.publicKeyPem);
      } catch {
        throw new AppError('INVALID_INPUT', 'The member card holds no public key in PEM form.');
      }
      card = { ...input.card, fingerprint };
    }
    const added = ws.write(w, (s) => {
      // The adder must be a member already (commitAudit checks it too, after the fact); a workspace
      // with no roster yet gets its first member from the adder's own signed write.
      if (s.members.isEmpty() && card.fingerprint !== w.signer?.fingerprint)
        throw new AppError(
          'CONFLICT',
          'This workspace has no members yet: make a change first, which adds you as its first member.',
        );
      return s.members.add(w, card, w.signer!.fingerprint);
    });
    return views(ctx, [added])[0]!;
  },
  'members.retire': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const retired = ws.write(w, (s) => {
      const target = s.members.get(input.fingerprint);
      if (!target) throw new AppError('NOT_FOUND', `No member has the key ${input.fingerprint}.`);
      const active = s.members.all().filter((m) => m.retiredAt === null);
      if (active.length === 1 && target.retiredAt === null)
        throw new AppError(
          'CONFLICT',
          'The last active member cannot be retired: add their successor first.',
        );
      const r = s.members.retire(w, input.fingerprint, w.signer!.fingerprint, input.reason);
      const signed = signOff(s, w, ws.id, {
        kind: 'member.retire',
        entity: 'member',
        entityId: input.fingerprint,
        version: 1,
        content: { fingerprint: target.fingerprint, name: target.name, reason: input.reason },
      });
      return { value: r.value, audit: [...r.audit, ...signed.audit] };
    });
    return views(ctx, [retired])[0]!;
  },
  'signoffs.list': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    return signoffViews(ws.store, ws.id, input);
  },
} satisfies Partial<Handlers>;
