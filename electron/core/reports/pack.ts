// Writes an evidence pack into a folder: the PDF and/or the workbook from one snapshot of the
// workspace, then manifest.json and manifest.sig. Used by `steadfast export`, by the app's export
// job (which zips the folder) and by the benchmarks.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RECOMPUTE_INPUTS_FILE } from '../../../shared/contract/recompute-inputs';
import { canonicalJson } from '../store/canonical-json';
import type { EvidenceManifest, EvidencePhase } from '../../../shared/contract';
import { writeManifest } from './manifest';
import { writePdf } from './pdf/render';
import type { ExportHooks } from './progress';
import type { EvidenceData, EvidenceRequest } from './evidence-data';
import { writeXlsx } from './xlsx/render';

export const PDF_NAME = 'evidence.pdf';
export const XLSX_NAME = 'evidence.xlsx';

export interface PackRequest extends Omit<EvidenceRequest, 'packFiles'> {
  folder: string;
  /** File names inside the folder; omit one to leave that file out. */
  pdf?: string;
  xlsx?: string;
}

export interface PackHooks extends Omit<ExportHooks, 'onProgress'> {
  onPhase?: (phase: EvidencePhase, fraction: number) => void;
}

export interface PackResult {
  manifest: EvidenceManifest;
  files: string[];
  pages?: number;
  rows?: number;
}

/** The pack's files besides the manifest: the chosen documents and always inputs.json. */
export function packFiles(names: { pdf?: string; xlsx?: string }): string[] {
  return [names.pdf, names.xlsx, RECOMPUTE_INPUTS_FILE].filter((f): f is string => f !== undefined);
}

/** Writes the pack from evidence already read (the app reads it when the job starts). */
export async function writeLoadedPack(
  e: EvidenceData,
  names: { folder: string; pdf?: string; xlsx?: string },
  hooks: PackHooks = {},
): Promise<PackResult> {
  const files = packFiles(names);
  const result: Omit<PackResult, 'manifest'> = { files };
  const base = { isCancelled: hooks.isCancelled, yieldEvery: hooks.yieldEvery };
  if (names.pdf) {
    const r = await writePdf(e, join(names.folder, names.pdf), {
      ...base,
      onProgress: (f) => hooks.onPhase?.('pdf', f),
    });
    result.pages = r.pages;
  }
  if (names.xlsx) {
    const r = await writeXlsx(e, join(names.folder, names.xlsx), {
      ...base,
      onProgress: (f) => hooks.onPhase?.('xlsx', f),
    });
    result.rows = r.rows;
  }
  await writeFile(join(names.folder, RECOMPUTE_INPUTS_FILE), `${canonicalJson(e.inputs)}\n`);
  hooks.onPhase?.('signing', 0);
  const manifest = await writeManifest(
    names.folder,
    files,
    {
      workspaceId: e.workspace.id,
      workspaceName: e.workspace.name,
      appVersion: e.appVersion,
      createdAt: e.at.toISOString(),
      scope: e.scopeRecord,
      chainHead: { seq: e.workspace.chain.seq, hash: e.workspace.chain.hash },
      roster: e.store.members.all().map((m) => ({
        fingerprint: m.fingerprint,
        name: m.name,
        role: m.role,
        retired: m.retiredAt !== null,
      })),
    },
    e.preparedBy,
  );
  return { ...result, manifest };
}
