// The Register of Information of a workspace: built and checked at a reference date, and written
// only when nothing is wrong.
import { buildRoi, type RoiReport } from '../../../../shared/domain/thirdparty/roi';
import type { Store } from '../../store';
import { defaultRefPeriod, roiInput } from './read';

export function workspaceRoi(store: Store, now: Date, refPeriod?: string): RoiReport {
  return buildRoi(roiInput(store, refPeriod ?? defaultRefPeriod(now), now.toISOString().slice(0, 10)));
}

/** "B_05.01 row 2, column c0010: …" */
export function describeProblem(p: RoiReport['problems'][number]): string {
  const where = [p.template, p.row === null ? null : `row ${p.row}`, p.column ? `column ${p.column}` : null]
    .filter((x) => x !== null)
    .join(', ');
  return `${where}: ${p.message}`;
}
