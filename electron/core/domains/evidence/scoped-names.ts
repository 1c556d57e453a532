// A pack narrowed to some processes still covers the whole audit chain (it must, to verify), but
// names in its report only what the pack shows: the nodes, dependencies, runbooks, DR tests,
// findings, releases and SLOs within its scope. Entries about anything else read "outside the
// scope"; workspace-wide entries (registers, the workspace itself, members) keep their names.
import {
  OUTSIDE_SCOPE,
  type ContinuityEvidence,
  type EntityNamer,
  type ReleaseEvidence,
} from '../../reports/evidence-data';
import type { DependencyMap } from '../../../../shared/contract';

const SCOPED_KINDS = new Set(['node', 'bia', 'edge', 'runbook', 'drtest', 'finding', 'release', 'slo']);

export function scopedNamer(
  name: EntityNamer,
  shown: { map: DependencyMap; continuity: ContinuityEvidence; releases: ReleaseEvidence },
): EntityNamer {
  const inScope = new Set<string>();
  const add = (entity: string, ids: Iterable<string>) => {
    for (const id of ids) inScope.add(`${entity}\u0000${id}`);
  };
  const nodeIds = shown.map.nodes.map((n) => n.id);
  add('node', nodeIds);
  add('bia', nodeIds);
  add(
    'edge',
    shown.map.edges.map((e) => e.id),
  );
  add(
    'runbook',
    shown.continuity.runbooks.map((r) => r.summary.id),
  );
  add(
    'drtest',
    shown.continuity.drTests.map((t) => t.plan.id),
  );
  add(
    'finding',
    shown.continuity.findings.map((f) => f.id),
  );
  add(
    'release',
    shown.releases.releases.map((r) => r.id),
  );
  add(
    'slo',
    shown.releases.slos.map((s) => s.id),
  );
  return (e) =>
    !SCOPED_KINDS.has(e.entity) || inScope.has(`${e.entity}\u0000${e.entityId}`) ? name(e) : OUTSIDE_SCOPE;
}
