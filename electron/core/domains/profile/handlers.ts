// Who is working: the identities on this machine and the one unlocked in this session. Creating an
// identity makes a key pair whose private half is encrypted with the person's passphrase; unlocking
// decrypts it into the session, where it signs every write. Switching person asks for the other
// person's passphrase: a typed name is no longer an identity.
import type { Profile } from '../../../../shared/contract';
import { AppError } from '../../../../shared/contract';
import type { Context } from '../../app/context';
import type { Handlers } from '../../app/router';
import { createIdentity, unlockIdentity } from '../../trust/identity-file';
import { identitiesOf } from './identities';

function profileOf(ctx: Context): Profile | null {
  const id = ctx.session.identity;
  return id ? { name: id.name, role: id.role, fingerprint: id.fingerprint } : null;
}

/** Remembers who was last at the keyboard, so the unlock screen offers them first. */
function rememberLast(ctx: Context, p: Profile): Profile {
  ctx.session.dataDir.setProfile(p);
  return p;
}

function unlockWith(ctx: Context, fingerprint: string, passphrase: string): Profile {
  const file = ctx.session.dataDir.identity(fingerprint);
  if (!file) throw new AppError('NOT_FOUND', `No identity with the key ${fingerprint} is on this machine.`);
  ctx.session.identity = unlockIdentity(file, passphrase);
  return rememberLast(ctx, profileOf(ctx)!);
}

export const profileHandlers = {
  'profile.get': (_input, ctx) => profileOf(ctx),
  'profile.set': (input, ctx) => {
    const id = ctx.session.identity;
    if (!id) throw new AppError('NO_PROFILE', 'Unlock your signing key first.');
    const file = ctx.session.dataDir.identity(id.fingerprint);
    if (!file) throw new AppError('NOT_FOUND', 'Your identity file is no longer in the data folder.');
    ctx.session.dataDir.saveIdentity({ ...file, name: input.name, role: input.role });
    ctx.session.identity = { ...id, name: input.name, role: input.role };
    return rememberLast(ctx, profileOf(ctx)!);
  },
  'identity.list': (_input, ctx) => ({
    identities: identitiesOf(ctx),
    unlocked: ctx.session.identity?.fingerprint ?? null,
  }),
  'identity.create': (input, ctx) => {
    const { file, unlocked } = createIdentity(input, ctx.session.clock.now());
    ctx.session.dataDir.saveIdentity(file);
    ctx.session.identity = unlocked;
    return rememberLast(ctx, profileOf(ctx)!);
  },
  'identity.unlock': async (input, ctx) => {
    const vault = ctx.session.passphrases;
    if (input.remember && !vault)
      throw new AppError('INVALID_INPUT', 'This app cannot remember a passphrase on this computer.');
    const profile = unlockWith(ctx, input.fingerprint, input.passphrase);
    // Only a passphrase that has just unlocked the key is kept.
    if (input.remember && vault) await vault.remember(input.fingerprint, input.passphrase);
    return profile;
  },
  'identity.remembered': (_input, ctx) => {
    const vault = ctx.session.passphrases;
    return {
      available: vault !== null,
      fingerprints: vault
        ? identitiesOf(ctx).flatMap((i) => (vault.has(i.fingerprint) ? [i.fingerprint] : []))
        : [],
    };
  },
  'identity.unlockRemembered': async (input, ctx) => {
    const passphrase = (await ctx.session.passphrases?.recall(input.fingerprint)) ?? null;
    if (passphrase === null)
      throw new AppError('NOT_FOUND', 'No passphrase is remembered for that key on this computer.');
    return unlockWith(ctx, input.fingerprint, passphrase);
  },
  'identity.forget': (input, ctx) => {
    ctx.session.passphrases?.forget(input.fingerprint);
    return null;
  },
  'identity.lock': (_input, ctx) => {
    ctx.session.identity = null;
    return null;
  },
} satisfies Partial<Handlers>;
