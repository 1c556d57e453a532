// The exceptions register and the pre-mortems for an evidence pack: who accepted what, until when,
// and each exception's status on the pack's date (expired ones included: they re-opened).
import type { Workspace } from '../../app/workspace';
import type { ExceptionsEvidence } from '../../reports/evidence-data';
import { currentConflicts } from '../exceptions/catalogue';
import { exceptionView, failureModeView } from '../exceptions/views';
import { releaseGraph } from '../releases/readiness-graph';
import { assessReleaseRisk } from '../releases/risk-assess';
import { toDomainRelease } from '../releases/views';

export function loadExceptionEvidence(
  ws: Workspace,
  at: Date,
  within: ReadonlySet<string> | null,
): ExceptionsEvidence {
  const store = ws.store;
  const now = at.getTime();
  const open = new Set(currentConflicts(store, now).map((c) => c.key));
  // A scoped pack keeps the exceptions whose conflict names a node on its map.
  const inScope = (key: string) =>
    within === null ||
    key
      .slice(key.indexOf(':') + 1)
      .split('>')
      .some((id) => within.has(id));
  const register = store.exceptions.list().filter((e) => inScope(e.conflictKey));
  const graph = releaseGraph(ws);
  const byRelease = new Map<string, ReturnType<typeof store.exceptions.allFailureModes>>();
  for (const m of store.exceptions.allFailureModes())
    byRelease.set(m.releaseId, [...(byRelease.get(m.releaseId) ?? []), m]);
  const premortems = store.releases.list().flatMap((r) => {
    const modes = byRelease.get(r.id);
    const release = toDomainRelease(r);
    if (!modes || (within !== null && !release.nodeIds.some((id) => within.has(id)))) return [];
    const risk = assessReleaseRisk(store, graph, release, now);
    return [
      {
        releaseId: r.id,
        releaseName: `${r.name} ${r.version}`,
        riskLevel: risk.level,
        modes: modes.map(failureModeView),
      },
    ];
  });
  return { register: register.map((e) => exceptionView(store, ws.id, e, now, open)), premortems };
}
