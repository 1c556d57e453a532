// App, profile, workspace and audit-trail methods.
import { z } from 'zod';
import { method } from '../method';
import { empty, optionalText, text } from '../schemas';
import type {
  AppInfo,
  AuditPage,
  ChainVerification,
  Delivery,
  Profile,
  RecentWorkspace,
  WorkspaceSummary,
} from '../types';

export const coreMethods = {
  'app.info': method<AppInfo>()(empty),

  'profile.get': method<Profile | null>()(empty),
  'profile.set': method<Profile>()(z.object({ name: text(120), role: text(120) }).strict()),

  'workspace.current': method<WorkspaceSummary | null>()(empty),
  'workspace.recent': method<RecentWorkspace[]>()(empty),
  /** The shell chooses where the file goes (a save dialog, or the host's workspace folder). */
  'workspace.create': method<WorkspaceSummary | null>({ writes: true })(
    z.object({ name: text(200) }).strict(),
  ),
  'workspace.open': method<WorkspaceSummary | null>()(empty),
  'workspace.openRecent': method<WorkspaceSummary>()(
    z.object({ id: z.string().uuid('must be a workspace id') }).strict(),
  ),
  'workspace.openDemo': method<WorkspaceSummary>()(empty),
  'workspace.close': method<null>()(empty),
  'workspace.update': method<WorkspaceSummary>({ writes: true })(
    z
      .object({
        name: text(200).optional(),
        organisation: optionalText(200).optional(),
        description: optionalText(4000).optional(),
      })
      .strict(),
  ),
  'workspace.saveCopy': method<Delivery>()(empty),

  'audit.list': method<AuditPage>()(
    z
      .object({
        limit: z.number().int().min(1).max(10_000).default(1000),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
  ),
  'audit.verify': method<ChainVerification>()(empty),
} as const;
