// A preview: read and check the file, work out the plan against the workspace as it is now, and
// keep the plan for a commit when nothing is wrong.
import { createHash } from 'node:crypto';
import type { ImportPreview } from '../../../shared/contract';
import type { Session } from '../app/context';
import type { Workspace } from '../app/workspace';
import { keepPlan } from './pending';
import { readImportFile } from './read-file';
import { resolve } from './resolve';
import { loadWorkspaceState } from './workspace-state';

/** Problems listed in a preview; the rest are counted (a broken 100,000-row file must not flood the page). */
const MAX_PROBLEMS_SHOWN = 1000;

export async function previewImport(
  session: Session,
  ws: Workspace,
  fileName: string,
  data: Buffer,
): Promise<ImportPreview> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const file = await readImportFile(fileName, data);
  const headSeq = ws.chainHead().seq;
  const { body, problems: refProblems, notes: refNotes } = resolve(file, loadWorkspaceState(ws.store));
  const problems = [...file.problems, ...refProblems];
  const notes = [...file.notes, ...refNotes];
  if (problems.length > MAX_PROBLEMS_SHOWN) {
    notes.unshift(
      `${problems.length.toLocaleString('en-GB')} problems found; the first ${MAX_PROBLEMS_SHOWN.toLocaleString('en-GB')} are listed.`,
    );
  }
  const canCommit = problems.length === 0;
  const token = canCommit
    ? keepPlan(
        session,
        { ...body, workspaceId: ws.id, headSeq, fileName, sha256, createdAt: session.clock.now().getTime() },
        session.clock.now().getTime(),
      )
    : null;
  return {
    token,
    fileName,
    sha256,
    sheets: body.sheets,
    problems: problems
      .sort((a, b) => a.sheet.localeCompare(b.sheet) || (a.row ?? 0) - (b.row ?? 0))
      .slice(0, MAX_PROBLEMS_SHOWN),
    notes,
    canCommit,
  };
}
