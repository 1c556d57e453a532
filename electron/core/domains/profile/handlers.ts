// The local profile: who is at the keyboard. Every audit entry carries it.
import type { Handlers } from '../../app/router';

export const profileHandlers = {
  'profile.get': (_input, ctx) => ctx.session.dataDir.profile(),
  'profile.set': (input, ctx) => {
    ctx.session.dataDir.setProfile(input);
    return input;
  },
} satisfies Partial<Handlers>;
