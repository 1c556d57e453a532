// Opening a workspace by path and listing the workspaces of a folder: the browser's Open…, where no
// native dialog exists. The desktop app refuses both and uses its dialog (workspace.open).
import { z } from 'zod';
import { method } from '../method';
import type { WorkspaceSummary } from '../types';
import type { WorkspaceFolderListing } from '../workspace-file-types';

const path = z
  .string()
  .trim()
  .min(1, 'type the path of a workspace file')
  .max(4096, 'must be at most 4,096 characters')
  .refine((p) => !p.includes('\0'), 'must not contain a NUL character');

export const workspaceFileMethods = {
  /** The .steadfast files of a folder (the data folder's workspaces when none is given). */
  'workspace.files': method<WorkspaceFolderListing>()(z.object({ folder: path.optional() }).strict()),
  'workspace.openFile': method<WorkspaceSummary>()(z.object({ path }).strict()),
} as const;
