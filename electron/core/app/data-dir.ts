// The app's data folder (outside any workspace): the people who sign on this machine (one encrypted
// identity file each, under identities/), which of them was last at the keyboard, the auditor's
// trusted keys, recent workspaces and the audit heads recorded for each workspace. Files are small JSON documents, validated on read and replaced
// atomically on write. Electron's userData and the CLI resolve to the same folder.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { identityFileSchema, type IdentityFile } from '../trust/identity-file';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.STEADFAST_DATA_DIR) return env.STEADFAST_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Steadfast');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Steadfast');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Steadfast');
}

/** Who was last at the keyboard (their identity's fingerprint); older files held a typed name and role. */
const profileSchema = z.object({
  name: z.string().min(1),
  role: z.string().min(1),
  fingerprint: z.string().startsWith('SHA256:').optional(),
});
const trustSchema = z.array(z.object({ fingerprint: z.string().startsWith('SHA256:'), label: z.string() }));
const recentSchema = z.array(
  z.object({ id: z.string(), name: z.string(), path: z.string(), lastOpenedAt: z.string() }),
);
const headsSchema = z.record(
  z.string(),
  z.object({ seq: z.number().int().min(0), hash: z.string(), recordedAt: z.string(), path: z.string() }),
);

export type StoredProfile = z.infer<typeof profileSchema>;
export type RecentEntry = z.infer<typeof recentSchema>[number];
export type RecordedHead = z.infer<typeof headsSchema>[string];
export type TrustedKey = z.infer<typeof trustSchema>[number];

/** A fingerprint as a file name: base64's '/' and '+' are not safe everywhere. */
const identityFileName = (fingerprint: string) =>
  `${fingerprint
    .replace(/^SHA256:/, '')
    .replace(/\//g, '_')
    .replace(/\+/g, '-')}.json`;

const MAX_RECENT = 12;

/** A writer that was killed between write and rename leaves `<file>.<pid>.tmp`; its pid is gone. */
function sweepStaleTemps(root: string): void {
  for (const name of readdirSync(root)) {
    const m = /\.(\d+)\.tmp$/.exec(name);
    if (!m || Number(m[1]) === process.pid || processAlive(Number(m[1]))) continue;
    rmSync(join(root, name), { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataDir {
  constructor(readonly root: string) {
    mkdirSync(root, { recursive: true });
    sweepStaleTemps(root);
  }

  get workspacesDir(): string {
    const dir = join(this.root, 'workspaces');
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  private read<T>(file: string, schema: z.ZodType<T>, fallback: T): T {
    let raw: string;
    try {
      raw = readFileSync(join(this.root, file), 'utf8');
    } catch {
      return fallback;
    }
    // A damaged settings file must not stop the app; it is treated as absent and rewritten.
    const parsed = schema.safeParse(safeJson(raw));
    return parsed.success ? parsed.data : fallback;
  }

  private write(file: string, value: unknown, mode = 0o644): void {
    const target = join(this.root, file);
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value, null, 2), { mode });
    renameSync(tmp, target);
  }

  profile(): StoredProfile | null {
    return this.read('profile.json', profileSchema.nullable(), null);
  }

  setProfile(profile: StoredProfile): void {
    this.write('profile.json', profile);
  }

  private get identitiesDir(): string {
    const dir = join(this.root, 'identities');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return dir;
  }

  /** Every identity file on this machine that parses; a damaged one is skipped, never rewritten. */
  identities(): IdentityFile[] {
    const out: IdentityFile[] = [];
    for (const name of readdirSync(this.identitiesDir).sort()) {
      if (!name.endsWith('.json')) continue;
      const parsed = this.read(join('identities', name), identityFileSchema.nullable(), null);
      if (parsed && identityFileName(parsed.fingerprint) === name) out.push(parsed);
    }
    return out;
  }

  identity(fingerprint: string): IdentityFile | undefined {
    return this.read(
      join('identities', identityFileName(fingerprint)),
      identityFileSchema.optional(),
      undefined,
    );
  }

  saveIdentity(file: IdentityFile): void {
    void this.identitiesDir;
    this.write(join('identities', identityFileName(file.fingerprint)), file, 0o600);
  }

  /** The keys an auditor on this machine trusts to have signed packs (`steadfast trust add`). */
  trusted(): TrustedKey[] {
    return this.read('trust.json', trustSchema, []);
  }

  setTrusted(keys: TrustedKey[]): void {
    this.write('trust.json', keys);
  }

  recent(): RecentEntry[] {
    return this.read('recent.json', recentSchema, []);
  }

  touchRecent(entry: RecentEntry): void {
    const rest = this.recent().filter((r) => r.id !== entry.id && r.path !== entry.path);
    this.write('recent.json', [entry, ...rest].slice(0, MAX_RECENT));
  }

  head(workspaceId: string): RecordedHead | undefined {
    return this.read('heads.json', headsSchema, {})[workspaceId];
  }

  recordHead(workspaceId: string, head: RecordedHead): void {
    const heads = this.read('heads.json', headsSchema, {});
    heads[workspaceId] = head;
    this.write('heads.json', heads);
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
