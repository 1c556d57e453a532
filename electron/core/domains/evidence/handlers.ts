// Evidence export jobs: evidence.start reads the workspace at once (so the pack describes the moment
// it was asked for, and a bad scope fails the call), then writes the pack in the background, yielding
// between sections and pages so status and cancel calls are answered. The finished pack — PDF,
// workbook, manifest.json, manifest.sig — reaches the user as one zip through the shell.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeZip } from '../../zip/write';
import { identityPackSigner } from '../../app/signers';
import { AppError, type EvidenceJobStatus, type EvidencePhase } from '../../../../shared/contract';
import { currentIdentity, requireWorkspace, type Context, type Session } from '../../app/context';
import { MANIFEST_FILE, SIGNATURE_FILE } from '../../reports/manifest';
import { packFiles, PDF_NAME, writeLoadedPack, XLSX_NAME } from '../../reports/pack';
import { ExportCancelled } from '../../reports/progress';
import type { EvidenceData } from '../../reports/evidence-data';
import { loadEvidence } from './gather';
import type { Handlers } from '../../app/router';
import { workspaceCoverage } from './coverage-read';

interface Job {
  status: EvidenceJobStatus;
  cancelRequested: boolean;
}

/** Finished jobs kept for status calls; older ones are forgotten. */
const KEEP_FINISHED = 20;
const jobsBySession = new WeakMap<Session, Map<string, Job>>();

function jobs(ctx: Context): Map<string, Job> {
  let map = jobsBySession.get(ctx.session);
  if (!map) jobsBySession.set(ctx.session, (map = new Map()));
  return map;
}

function findJob(ctx: Context, jobId: string): Job {
  const job = jobs(ctx).get(jobId);
  if (!job)
    throw new AppError('NOT_FOUND', 'There is no such export job (it finished long ago or never started).');
  return job;
}

/** Where each phase sits in the overall progress bar. */
function overall(phase: EvidencePhase, fraction: number, pdf: boolean, xlsx: boolean): number {
  const pdfEnd = pdf ? (xlsx ? 0.6 : 0.9) : 0.05;
  const spans: Record<EvidencePhase, [number, number]> = {
    queued: [0, 0],
    loading: [0, 0.05],
    pdf: [0.05, pdfEnd],
    xlsx: [pdfEnd, 0.9],
    signing: [0.9, 0.95],
    delivering: [0.95, 1],
    done: [1, 1],
  };
  const [a, b] = spans[phase];
  return a + (b - a) * Math.min(1, Math.max(0, fraction));
}

function fileSafe(name: string): string {
  return (
    name
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'workspace'
  );
}

async function run(
  ctx: Context,
  job: Job,
  e: EvidenceData,
  want: { pdf: boolean; xlsx: boolean },
): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'steadfast-evidence-'));
  const set = (phase: EvidencePhase, fraction: number) => {
    job.status.phase = phase;
    job.status.progress = overall(phase, fraction, want.pdf, want.xlsx);
  };
  try {
    const names = { folder, pdf: want.pdf ? PDF_NAME : undefined, xlsx: want.xlsx ? XLSX_NAME : undefined };
    await writeLoadedPack(e, names, {
      yieldEvery: true,
      isCancelled: () => job.cancelRequested,
      onPhase: set,
    });
    if (job.cancelRequested) throw new ExportCancelled();
    set('delivering', 0);
    const files: { name: string; data: Buffer }[] = [];
    for (const name of [...packFiles(names), MANIFEST_FILE, SIGNATURE_FILE])
      files.push({ name, data: await readFile(join(folder, name)) });
    const day = e.at.toISOString().slice(0, 10);
    job.status.delivery = await ctx.session.shell.deliverFile(
      `${fileSafe(e.workspace.name)}-evidence-${day}.zip`,
      (path) => writeZip(path, files, e.at),
    );
    set('done', 1);
  } catch (err) {
    if (err instanceof ExportCancelled) job.status.cancelled = true;
    else job.status.error = err instanceof AppError || err instanceof Error ? err.message : String(err);
  } finally {
    job.status.done = true;
    await rm(folder, { recursive: true, force: true });
  }
}

function forgetOldJobs(map: Map<string, Job>): void {
  const finished = [...map.entries()].filter(([, j]) => j.status.done);
  for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) map.delete(id);
}

export const evidenceHandlers = {
  // The Resilience area's clause coverage: the pack's self-assessment read as of now. Served here,
  // beside the pack it mirrors, so the resilience domain does not depend on the evidence domain.
  'resilience.coverage': (_input, ctx) => workspaceCoverage(requireWorkspace(ctx), ctx.session.clock.now()),
  'evidence.start': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const e = loadEvidence(ws, ctx.session.dataDir, {
      scope: input.scope,
      packFiles: packFiles({
        pdf: input.pdf ? PDF_NAME : undefined,
        xlsx: input.xlsx ? XLSX_NAME : undefined,
      }),
      preparedBy: identityPackSigner(currentIdentity(ctx)),
      at: ctx.session.clock.now(),
      appVersion: ctx.session.appVersion,
    });
    const jobId = randomUUID();
    const job: Job = {
      status: { jobId, phase: 'queued', progress: 0, done: false, cancelled: false },
      cancelRequested: false,
    };
    const map = jobs(ctx);
    forgetOldJobs(map);
    map.set(jobId, job);
    void run(ctx, job, e, { pdf: input.pdf, xlsx: input.xlsx });
    return { jobId };
  },
  'evidence.status': (input, ctx) => ({ ...findJob(ctx, input.jobId).status }),
  'evidence.cancel': (input, ctx) => {
    const job = findJob(ctx, input.jobId);
    if (job.status.done) return { cancelled: false };
    job.cancelRequested = true;
    return { cancelled: true };
  },
} satisfies Partial<Handlers>;
