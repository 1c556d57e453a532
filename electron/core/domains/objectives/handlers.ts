// The objectives overview: every process derived at once, with every conflict.
import { requireWorkspace } from '../../app/context';
import type { Handlers } from '../../app/router';
import { objectivesOverview } from './overview';

export const objectivesHandlers = {
  'objectives.overview': (_input, ctx) => objectivesOverview(requireWorkspace(ctx).store),
} satisfies Partial<Handlers>;
