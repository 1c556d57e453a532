// Native dialogs decide where files come from and go to, so the renderer never names a path.
// Cancelling a dialog is an answer (null), not an error.
import { extname, join } from 'node:path';
import {
  app,
  dialog,
  type BrowserWindow,
  type FileFilter,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { Dialogs } from '../core/transport/main-client';
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

export interface ElectronDialogOptions {
  /** The window dialogs attach to (modal on it); null shows a free-standing dialog. */
  window(): BrowserWindow | null;
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

/**
 * The dialogs the backend asks the main process for. The backend writes the chosen file itself and
 * refuses the open workspace as a target (electron/core/transport/backend.ts).
 */
export function createElectronDialogs(opts: ElectronDialogOptions): Dialogs {
  return {
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
      return chosen ? ensureExtension(chosen, WORKSPACE_EXTENSION) : null;
    },

    chooseWorkspaceToOpen: () =>
      openDialog(opts.window(), {
        title: 'Open a workspace',
        buttonLabel: 'Open',
        defaultPath: documentsFolder(),
        filters: [WORKSPACE_FILTER],
        properties: ['openFile'],
      }),

    async chooseSavePath(suggestedName) {
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
      return chosen ? ensureExtension(chosen, ext) : null;
    },
  };
}
