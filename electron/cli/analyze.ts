// `steadfast analyze`: the dependency analysis of a workspace, as readable text or as JSON
// (the GraphAnalysis shape documented in README.md).
import { plural } from '../../shared/format/plural';
import type { GraphAnalysis } from '../../shared/domain/graph';
import { compiledWorkspaceGraph } from '../core/domains/graph/read';
import { analyze } from '../../shared/domain/graph';
import type { Workspace } from '../core/app/workspace';

export function analyzeWorkspace(ws: Workspace): GraphAnalysis {
  return analyze(compiledWorkspaceGraph(ws.store).graph);
}

export function describeAnalysis(a: GraphAnalysis): string[] {
  const lines = [`${plural(a.nodeCount, 'node')}, ${plural(a.edgeCount, 'dependency', 'dependencies')}.`, ''];
  const section = (title: string, items: string[]) => {
    lines.push(`${title} (${items.length})`);
    lines.push(...(items.length ? items.map((i) => `  - ${i}`) : ['  none']));
    lines.push('');
  };
  section(
    'Single points of failure',
    a.singlePointsOfFailure.map((s) => s.explanation),
  );
  section(
    'RTO inversions',
    a.rtoInversions.map((i) => i.explanation),
  );
  section(
    'Cycles',
    a.cycles.map((c) => c.explanation),
  );
  section(
    'Recovery time short of the RTO',
    a.recoveryTimes.filter((r) => (r.gapMinutes ?? 0) > 0).map((r) => r.explanation),
  );
  section(
    'Largest blast radius',
    a.blastRadius
      .slice(0, 5)
      .map(
        (b) =>
          `${b.name}: takes down ${plural(b.failedCount, 'other node')}, weighted impact ${b.weightedImpact}`,
      ),
  );
  lines.push(`Recovery order: ${plural(a.recoveryOrder.waves.length, 'wave')}.`);
  for (const issue of a.issues) lines.push(`Note: ${issue.message}`);
  return lines;
}
