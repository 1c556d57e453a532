// The Electron side of the Shell interface: native dialogs decide where files come from and go to,
// so the renderer never names a path. Cancelling a dialog is an answer, not an error.
import { basename, extname, join, resolve } from 'node:path';
import {
  app,
  dialog,
  type BrowserWindow,
  type FileFilter,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { AppError, type Delivery } from '../../shared/contract';
import type { Shell } from '../core/app/context';
import { ensureExtension, safeFileName } from './policy';

export const WORKSPACE_EXTENSION = '.steadfast';
const WORKSPACE_FILTER: FileFilter = { name: 'Steadfast workspace', extensions: ['steadfast'] };

const FILTER_NAMES: Record<string, string> = {
  '.steadfast': 'Steadfast workspace',
  '.pdf': 'PDF document',
  '.xlsx': 'Excel workbook',
  '.csv': 'CSV file',
  '.zip': 'ZIP archive',
  '.json': 'JSON file',
};

export interface ElectronShellOptions {
  /** The window dialogs attach to (modal on it); null shows a free-standing dialog. */
  window(): BrowserWindow | null;
  /** Files that must never be chosen as an output (the open workspace and its sidecar files). */
  protectedPaths(): readonly string[];
}

function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

async function saveDialog(win: BrowserWindow | null, options: SaveDialogOptions): Promise<string | null> {
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function openDialog(win: BrowserWindow | null, options: OpenDialogOptions): Promise<string | null> {
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

function samePath(a: string, b: string): boolean {
  const norm = (p: string) => (process.platform === 'linux' ? resolve(p) : resolve(p).toLowerCase());
  return norm(a) === norm(b);
}

export function createElectronShell(opts: ElectronShellOptions): Shell {
  const refuseProtected = (path: string): void => {
    const guarded = opts.protectedPaths().flatMap((p) => [p, `${p}-wal`, `${p}-shm`, `${p}-journal`]);
    if (guarded.some((p) => samePath(p, path))) {
      throw new AppError(
        'CONFLICT',
        `${basename(path)} is the workspace that is open now; choose another file name.`,
      );
    }
  };

  return {
    transport: 'electron',

    async chooseNewWorkspacePath(suggestedName) {
      const chosen = await saveDialog(opts.window(), {
        title: 'Create a workspace',
        buttonLabel: 'Create',
        defaultPath: join(
          documentsFolder(),
          `${safeFileName(suggestedName, 'Workspace')}${WORKSPACE_EXTENSION}`,
        ),
        filters: [WORKSPACE_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (!chosen) return null;
      const path = ensureExtension(chosen, WORKSPACE_EXTENSION);
      refuseProtected(path);
      return path;
    },

    async chooseWorkspaceToOpen() {
      return openDialog(opts.window(), {
        title: 'Open a workspace',
        buttonLabel: 'Open',
        defaultPath: documentsFolder(),
        filters: [WORKSPACE_FILTER],
        properties: ['openFile'],
      });
    },

    async deliverFile(suggestedName, write): Promise<Delivery> {
      const ext = extname(suggestedName).toLowerCase();
      const filters: FileFilter[] =
        ext === ''
          ? []
          : [{ name: FILTER_NAMES[ext] ?? `${ext.slice(1).toUpperCase()} file`, extensions: [ext.slice(1)] }];
      const chosen = await saveDialog(opts.window(), {
        title: 'Save',
        defaultPath: join(documentsFolder(), safeFileName(suggestedName, `Steadfast${ext}`)),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (!chosen) return { kind: 'cancelled' };
      const path = ensureExtension(chosen, ext);
      refuseProtected(path);
      await write(path);
      return { kind: 'saved', fileName: basename(path) };
    },
  };
}
