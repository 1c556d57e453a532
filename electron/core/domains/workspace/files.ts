// The browser's Open…: the .steadfast files of a folder, and opening a workspace by a path the user
// typed. Every check that can refuse a path runs before anything is opened, so a refused path leaves
// the open workspace and the recent list as they were. The desktop app refuses both: there the native
// dialog chooses (workspace.open), and the renderer never names a path.
import { accessSync, constants, readdirSync, statSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import {
  AppError,
  type WorkspaceFileEntry,
  type WorkspaceFolderListing,
  type WorkspaceSummary,
} from '../../../../shared/contract';
import type { Context } from '../../app/context';
import type { Handlers } from '../../app/router';
import { openPath } from './open';

const EXTENSION = '.steadfast';
const MAX_LISTED = 500;

function requireBrowserHost(ctx: Context): void {
  if (ctx.session.shell.transport !== 'http') {
    throw new AppError(
      'UNSUPPORTED',
      'In the desktop app, choose the file in the Open dialog (File › Open…).',
    );
  }
}

/** `~/x` is how people type paths in their home folder; anything else must be absolute. */
function absolute(typed: string): string {
  const p = typed === '~' ? homedir() : typed.startsWith('~/') ? join(homedir(), typed.slice(2)) : typed;
  if (!isAbsolute(p)) {
    throw new AppError(
      'INVALID_INPUT',
      `Type the full path, starting from the top of the disk (e.g. ${join(homedir(), 'plans', 'group.steadfast')}): “${typed}” is relative.`,
    );
  }
  return resolve(p);
}

function statOrExplain(path: string, what: 'file' | 'folder'): Stats {
  try {
    return statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new AppError('FILE_NOT_FOUND', `There is no ${what} at ${path}.`);
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw new AppError('FORBIDDEN', `Steadfast may not look at ${path} (permission denied).`);
    }
    throw new AppError('INTERNAL', `${path} could not be read: ${(err as Error).message}`);
  }
}

function requireReadable(path: string): void {
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new AppError('FORBIDDEN', `Steadfast may not read ${path} (permission denied).`);
  }
}

/** A path the user typed, checked to be a readable .steadfast file; the file's content is checked on open. */
function checkWorkspacePath(typed: string): string {
  const path = absolute(typed);
  const stats = statOrExplain(path, 'file');
  if (stats.isDirectory()) {
    throw new AppError(
      'INVALID_INPUT',
      `${path} is a folder. Show it to list its workspaces, or type the path of a ${EXTENSION} file in it.`,
    );
  }
  if (!stats.isFile()) throw new AppError('INVALID_INPUT', `${path} is not a regular file.`);
  if (extname(path).toLowerCase() !== EXTENSION) {
    throw new AppError(
      'INVALID_INPUT',
      `${basename(path)} is not a Steadfast workspace: its name must end in ${EXTENSION}.`,
    );
  }
  requireReadable(path);
  return path;
}

function listWorkspaceFolder(ctx: Context, typed?: string): WorkspaceFolderListing {
  const folder = typed === undefined ? ctx.session.dataDir.workspacesDir : absolute(typed);
  const stats = statOrExplain(folder, 'folder');
  if (!stats.isDirectory()) {
    throw new AppError('INVALID_INPUT', `${folder} is a file, not a folder. Open it with Open instead.`);
  }
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    throw new AppError('FORBIDDEN', `Steadfast may not list ${folder} (permission denied).`);
  }
  const known = new Map(ctx.session.dataDir.recent().map((r) => [resolve(r.path), r.name]));
  const openNow = ctx.session.workspace ? resolve(ctx.session.workspace.path) : null;
  const files: WorkspaceFileEntry[] = [];
  for (const name of names) {
    if (extname(name).toLowerCase() !== EXTENSION) continue;
    const path = join(folder, name);
    let s: Stats;
    try {
      s = statSync(path);
    } catch {
      continue; // removed while listing
    }
    if (!s.isFile()) continue;
    files.push({
      path,
      fileName: name,
      sizeBytes: s.size,
      modifiedAt: s.mtime.toISOString(),
      knownAs: known.get(path) ?? null,
      isOpen: path === openNow,
    });
  }
  files.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt) || a.fileName.localeCompare(b.fileName));
  return {
    folder,
    files: files.slice(0, MAX_LISTED),
    truncated: files.length > MAX_LISTED,
    newWorkspaceFolder: ctx.session.shell.newWorkspaceFolder ?? null,
  };
}

export const workspaceFileHandlers = {
  'workspace.files': (input, ctx) => {
    requireBrowserHost(ctx);
    return listWorkspaceFolder(ctx, input.folder);
  },
  'workspace.openFile': (input, ctx): Promise<WorkspaceSummary> => {
    requireBrowserHost(ctx);
    return openPath(ctx, checkWorkspacePath(input.path));
  },
} satisfies Partial<Handlers>;
