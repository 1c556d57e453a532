// The incidents a pack shows: those that touched a node in its scope (all of them for the whole
// workspace), the reviews of those incidents and of failed releases in scope, and MTTR over them.
import { mttr } from '../../../../shared/domain/incident';
import type { Workspace } from '../../app/workspace';
import type { IncidentEvidence } from '../../reports/evidence-data';
import { incidentList, reviewList } from '../incidents/read';

export function loadIncidentEvidence(ws: Workspace, at: Date, within: Set<string> | null): IncidentEvidence {
  const inScope = (ids: readonly string[]) => within === null || ids.some((id) => within.has(id));
  const incidents = incidentList(ws, at.getTime()).filter((i) => inScope(i.nodeIds));
  const shown = new Set(incidents.map((i) => i.id));
  const releases = new Map(ws.store.releases.list().map((r) => [r.id, r.nodeIds]));
  const reviews = reviewList(ws).filter((r) =>
    r.incidentId !== null ? shown.has(r.incidentId) : inScope(releases.get(r.releaseId ?? '') ?? []),
  );
  return { incidents, reviews, mttr: mttr(incidents), nodeNames: ws.store.runbooks.nodeNames() };
}
