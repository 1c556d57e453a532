// Single points of failure, blast radius, RTO inversions, recovery times short of the RTO and
// cycles: the analysis of the map, top entries first.
import type { GraphAnalysis } from '../../../../../shared/domain/graph';
import { formatDuration } from '../../../../../shared/format/duration';
import { INK, SIZE } from '../theme';
import { wholeTable } from '../whole-columns';
import { defineSection } from './section';

/** The PDF shows the top entries; the workbook's analysis sheets hold them all. */
const TOP = 25;

export const resilienceSection = defineSection<GraphAnalysis>({
  id: 'resilience',
  title: 'Single points of failure and blast radius',
  load: (e) => e.map.analysis,
  entries: () => 4,
  render(w, a) {
    w.heading('Single points of failure and blast radius');
    w.paragraph(
      'A single point of failure is a node whose failure alone takes down a Tier 0 or Tier 1 process. ' +
        'The blast radius counts what fails with a node along hard dependencies, redundancy respected.',
      { ink: INK.muted, gap: 8 },
    );
    w.subheading(`Single points of failure (${a.singlePointsOfFailure.length})`);
    if (a.singlePointsOfFailure.length === 0) w.paragraph('None.');
    else
      w.table(
        [
          { header: 'Node', width: 130 },
          { header: 'Kind', width: 70 },
          { header: 'Takes down' },
          { header: 'Impact', width: 44, align: 'right' },
        ],
        a.singlePointsOfFailure.slice(0, TOP).map((s) => ({
          cells: [s.name, s.kind, s.takesDown.map((p) => p.name).join(', '), String(s.weightedImpact)],
        })),
      );

    w.heading('Blast radius', 2);
    w.table(
      [
        { header: 'Node' },
        { header: 'Kind', width: 80 },
        { header: 'Nodes failed', width: 70, align: 'right' },
        { header: 'Processes hit', width: 70, align: 'right' },
        { header: 'Weighted impact', width: 80, align: 'right' },
      ],
      a.blastRadius.slice(0, TOP).map((b) => ({
        cells: [b.name, b.kind, String(b.failedCount), String(b.processCount), String(b.weightedImpact)],
      })),
    );
    if (a.blastRadius.length > TOP)
      w.paragraph(`The top ${TOP} of ${a.blastRadius.length}; the workbook lists every node.`, {
        size: SIZE.small,
        ink: INK.muted,
      });

    w.heading('RTO inversions', 2);
    if (a.rtoInversions.length === 0)
      w.paragraph('None: every provider recovers within what its consumers need.');
    for (const inv of a.rtoInversions.slice(0, TOP)) {
      w.paragraph(
        `${inv.consumer.name} needs ${formatDuration(inv.demandMinutes)}, ${inv.providers.map((p) => p.name).join(' / ')} ` +
          `offers ${formatDuration(inv.providerMinutes)} (${formatDuration(inv.excessMinutes)} too slow). ${inv.explanation}`,
        { size: SIZE.small, ink: INK.danger, gap: 5 },
      );
    }

    w.heading('Recovery and cycles', 2);
    const short = a.recoveryTimes.filter((r) => (r.gapMinutes ?? 0) > 0);
    w.paragraph(
      `${short.length} node${short.length === 1 ? '' : 's'} cannot be recovered within the RTO along the critical path; ` +
        `${a.recoveryOrder.waves.length} recovery wave${a.recoveryOrder.waves.length === 1 ? '' : 's'}; ` +
        `${a.cycles.length} dependency cycle${a.cycles.length === 1 ? '' : 's'}.`,
      { gap: 6 },
    );
    if (short.length > 0)
      wholeTable(
        w,
        [
          { header: 'Node' },
          { header: 'RTO', width: 60, align: 'right' },
          { header: 'Achievable', width: 70, align: 'right' },
          { header: 'Gap', width: 60, align: 'right' },
        ],
        short.slice(0, TOP).map((r) => ({
          cells: [
            r.name,
            formatDuration(r.rtoMinutes),
            formatDuration(r.achievableMinutes),
            formatDuration(r.gapMinutes),
          ],
          ink: INK.danger,
        })),
        [1, 2, 3],
      );
    for (const c of a.cycles.slice(0, TOP)) w.paragraph(c.explanation, { size: SIZE.small, gap: 4 });
  },
});
