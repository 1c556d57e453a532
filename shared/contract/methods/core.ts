// App, profile, workspace and audit-trail methods.
import { z } from 'zod';
import { isTimeZone } from '../../domain/release/recurrence';
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
import type { IdentityList, MemberView, SignoffView } from '../trust-types';
import type { BackupView, IntegrityStatus } from '../integrity-types';

const fingerprint = z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/, 'must be a key fingerprint (SHA256:…)');

const backupChoice = z
  .object({
    fileName: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.steadfast$/, 'must be the name of a backup file'),
  })
  .strict();

export const coreMethods = {
  'app.info': method<AppInfo>()(empty),

  'profile.get': method<Profile | null>()(empty),
  /** Renames the unlocked identity (its key, the identity itself, stays). */
  'profile.set': method<Profile>()(z.object({ name: text(120), role: text(120) }).strict()),

  'identity.list': method<IdentityList>()(empty),
  /** Makes a new key pair for a person on this machine and unlocks it. */
  'identity.create': method<Profile>()(
    z.object({ name: text(120), role: text(120), passphrase: z.string().min(1).max(1024) }).strict(),
  ),
  /** Unlocks an identity: who is working from now on (switching person asks their passphrase). */
  'identity.unlock': method<Profile>()(
    z
      .object({
        fingerprint: fingerprint,
        passphrase: z.string().min(1).max(1024),
        /** Keep the passphrase, encrypted by the OS keychain, to unlock at the next start (desktop). */
        remember: z.boolean().optional(),
      })
      .strict(),
  ),
  /** Whether this app can remember passphrases (the desktop app's keychain), and whose it keeps. */
  'identity.remembered': method<{ available: boolean; fingerprints: string[] }>()(empty),
  /** Unlocks with the passphrase remembered on this computer. */
  'identity.unlockRemembered': method<Profile>()(z.object({ fingerprint: fingerprint }).strict()),
  /** Forgets the passphrase remembered for an identity on this computer. */
  'identity.forget': method<null>()(z.object({ fingerprint: fingerprint }).strict()),
  'identity.lock': method<null>()(empty),

  'members.list': method<MemberView[]>()(empty),
  /** Adds a person to the roster: an identity on this machine, or a member card from another. */
  'members.add': method<MemberView>({ writes: true })(
    z.union([
      z.object({ fingerprint: fingerprint }).strict(),
      z
        .object({
          card: z
            .object({ name: text(120), role: text(120), publicKeyPem: z.string().min(1).max(2000) })
            .strict(),
        })
        .strict(),
    ]),
  ),
  /** Retires a member's key (lost, replaced, left): a sign-off by the member who does it. */
  'members.retire': method<MemberView>({ writes: true })(
    z.object({ fingerprint: fingerprint, reason: text(500) }).strict(),
  ),
  /** The unlocked identity's member card, to hand to a member of another workspace. */
  'members.card': method<{ name: string; role: string; publicKeyPem: string; fingerprint: string }>()(empty),
  'signoffs.list': method<SignoffView[]>()(
    z.object({ entity: optionalText(60).optional(), entityId: optionalText(200).optional() }).strict(),
  ),

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
  /** Opens read-only the file whose last open was refused because another process holds it (FILE_IN_USE). */
  'workspace.openReadOnly': method<WorkspaceSummary>()(empty),
  'workspace.close': method<null>()(empty),
  'workspace.update': method<WorkspaceSummary>({ writes: true })(
    z
      .object({
        name: text(200).optional(),
        organisation: optionalText(200).optional(),
        description: optionalText(4000).optional(),
        timeZone: z
          .string()
          .refine(isTimeZone, { message: 'must be an IANA time zone such as Europe/London' })
          .optional(),
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
  /** The check started when the workspace opened: progress while it runs, then its result. */
  'audit.integrity': method<IntegrityStatus>()(empty),
  /** The automatic backups of the open workspace, newest first, each checked on a temporary copy. */
  'backups.list': method<BackupView[]>()(empty),
  /**
   * Restores an intact backup (the one the person confirmed): the current file is kept beside it
   * under a new name, the backup is copied into place and the workspace reopened.
   */
  'backups.restore': method<WorkspaceSummary>({ writes: true })(backupChoice),
  /** The backups of the file whose open just failed (the open error offers the newest intact one). */
  'backups.listFailed': method<BackupView[]>()(empty),
  /** Restores a backup of the file whose open just failed, keeping that file beside it, and opens it. */
  'backups.restoreFailed': method<WorkspaceSummary>({ writes: true })(backupChoice),
} as const;
