// Result types of the browser's Open… (workspace files in a folder) and of the new-workspace folder.

export interface WorkspaceFileEntry {
  path: string;
  fileName: string;
  sizeBytes: number;
  modifiedAt: string;
  /** The workspace's name when it is in the recent list, else null (the file is not opened to list it). */
  knownAs: string | null;
  /** True for the workspace open now. */
  isOpen: boolean;
}

export interface WorkspaceFolderListing {
  /** The folder listed, absolute. */
  folder: string;
  files: WorkspaceFileEntry[];
  /** True when the folder held more workspace files than are listed. */
  truncated: boolean;
  /** Where a new workspace will be written; null when a dialog asks (the desktop app). */
  newWorkspaceFolder: string | null;
}
