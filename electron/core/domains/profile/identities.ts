// The identities on this machine as the unlock screen lists them: the last person first.
import type { IdentityView } from '../../../../shared/contract';
import type { Context } from '../../app/context';
import type { IdentityFile } from '../../trust/identity-file';

const view = (f: IdentityFile): IdentityView => ({
  fingerprint: f.fingerprint,
  name: f.name,
  role: f.role,
  createdAt: f.createdAt,
});

export const identitiesOf = (ctx: Context): IdentityView[] => {
  const last = ctx.session.dataDir.profile()?.fingerprint;
  return ctx.session.dataDir
    .identities()
    .map(view)
    .sort(
      (a, b) =>
        Number(b.fingerprint === last) - Number(a.fingerprint === last) || a.name.localeCompare(b.name),
    );
};
