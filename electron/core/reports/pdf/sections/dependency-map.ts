// The dependency map on a landscape page, then (for maps too big to label) every node in a table.
import type { DependencyMap } from '../../../../../shared/contract';
import { formatDuration } from '../../../../../shared/format/duration';
import { plural } from '../../../../../shared/format/plural';
import { drawDependencyMap, drawMapLegend, LABEL_SCALE, pdfMapScene } from '../charts/dependency-map';
import { INK } from '../theme';
import { wholeTable } from '../whole-columns';
import { defineSection } from './section';

export const dependencyMapSection = defineSection<DependencyMap>({
  id: 'map',
  title: 'Dependency map',
  layout: 'landscape',
  load: (e) => e.map,
  entries: () => 1,
  render(w, map) {
    w.heading('Dependency map');
    const a = map.analysis;
    w.paragraph(
      `${plural(map.nodes.length, 'node')} and ${plural(map.edges.length, 'dependency', 'dependencies')}; ` +
        `consumers are drawn above what they need. ${plural(a.singlePointsOfFailure.length, 'single point of failure', 'single points of failure')}, ` +
        `${plural(a.rtoInversions.length, 'RTO inversion')}, ${plural(a.cycles.length, 'cycle')}.`,
      { ink: INK.muted },
    );
    drawMapLegend(w);
    if (map.nodes.length === 0) {
      w.paragraph('The map is empty.');
      return;
    }
    const { scale } = drawDependencyMap(w, pdfMapScene(map), { height: w.bottom - w.y });
    if (scale >= LABEL_SCALE) return;
    w.newPage('portrait');
    w.subheading('Nodes of the map');
    w.paragraph(
      'The map is too large to label at this page size: the overview shows its shape, and this table lists every node by layer.',
      { ink: INK.muted },
    );
    const layer = new Map(map.layout.nodes.map((n) => [n.id, n.layer]));
    const rows = [...map.nodes].sort(
      (x, y) => (layer.get(x.id) ?? 0) - (layer.get(y.id) ?? 0) || x.name.localeCompare(y.name, 'en'),
    );
    wholeTable(
      w,
      [
        { header: 'Layer', width: 40, align: 'right' },
        { header: 'Node' },
        { header: 'Kind', width: 80 },
        { header: 'Tier', width: 60 },
        { header: 'RTO', width: 60, align: 'right' },
      ],
      rows.map((n) => ({
        cells: [
          String(layer.get(n.id) ?? ''),
          n.name,
          n.kind,
          n.tierName ?? '—',
          formatDuration(n.rtoMinutes),
        ],
      })),
      [4],
    );
  },
});
