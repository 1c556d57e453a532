// A whole pack in one call (the CLI's export): read the evidence, then write it.
import type { DataDir } from '../../app/data-dir';
import type { Workspace } from '../../app/workspace';
import {
  packFiles,
  writeLoadedPack,
  type PackHooks,
  type PackRequest,
  type PackResult,
} from '../../reports/pack';
import { loadEvidence } from './gather';

export async function writePack(
  ws: Workspace,
  dataDir: DataDir,
  req: PackRequest,
  hooks: PackHooks = {},
): Promise<PackResult> {
  hooks.onPhase?.('loading', 0);
  const e = loadEvidence(ws, dataDir, { ...req, packFiles: packFiles(req) });
  return writeLoadedPack(e, req, hooks);
}
