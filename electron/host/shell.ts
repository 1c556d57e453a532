// The browser host's shell: new workspaces go to the data folder's workspaces/, and files the user
// asks for arrive as downloads (the page never names a path).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, type Delivery } from '../../shared/contract';
import type { Shell } from '../core/app/context';

export interface PendingDownload {
  path: string;
  fileName: string;
  expiresAt: number;
}

const DOWNLOAD_TTL_MS = 10 * 60_000;

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return slug || 'workspace';
}

export class HostShell implements Shell {
  readonly transport = 'http' as const;
  readonly downloads = new Map<string, PendingDownload>();
  private readonly tmp = mkdtempSync(join(tmpdir(), 'steadfast-downloads-'));

  constructor(private readonly workspacesDir: string) {}

  get newWorkspaceFolder(): string {
    return this.workspacesDir;
  }

  async chooseNewWorkspacePath(suggestedName: string): Promise<string> {
    const base = slugify(suggestedName);
    for (let i = 1; ; i++) {
      const candidate = join(this.workspacesDir, `${base}${i === 1 ? '' : `-${i}`}.steadfast`);
      if (!existsSync(candidate)) return candidate;
    }
  }

  async chooseWorkspaceToOpen(): Promise<string | null> {
    throw new AppError(
      'UNSUPPORTED',
      'The browser has no file dialog: choose a workspace from the list under Open…, or type its path there.',
    );
  }

  async deliverFile(suggestedName: string, write: (path: string) => Promise<void>): Promise<Delivery> {
    const id = randomUUID();
    const path = join(this.tmp, id);
    await write(path);
    this.downloads.set(id, { path, fileName: suggestedName, expiresAt: Date.now() + DOWNLOAD_TTL_MS });
    return { kind: 'download', url: `/download/${id}`, fileName: suggestedName };
  }

  takeDownload(id: string): PendingDownload | undefined {
    const d = this.downloads.get(id);
    if (!d || d.expiresAt < Date.now()) return undefined;
    return d;
  }

  dispose(): void {
    rmSync(this.tmp, { recursive: true, force: true });
  }
}
