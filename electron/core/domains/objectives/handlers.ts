// The objectives overview: every process derived at once, with every conflict, each marked with the
// exceptions register's standing on it (accepted until a date, expired and re-opened, proposed).
import { requireWorkspace } from '../../app/context';
import type { Handlers } from '../../app/router';
import { markAccepted } from '../../../../shared/domain/exceptions';
import { objectivesOverview } from './overview';

export const objectivesHandlers = {
  'objectives.overview': (_input, ctx) => {
    const store = requireWorkspace(ctx).store;
    const overview = objectivesOverview(store);
    const now = ctx.session.clock.now().getTime();
    return { ...overview, conflicts: markAccepted(overview.conflicts, store.exceptions.list(), now) };
  },
} satisfies Partial<Handlers>;
