// Executive summary: the key figures of the scope on one page, then tiers and BIA status.
import { formatDuration } from '../../../../../shared/format/duration';
import { plural } from '../../../../../shared/format/plural';
import type { EvidenceData } from '../../evidence-data';
import { INK, SIZE } from '../theme';
import { wholeTable } from '../whole-columns';
import { defineSection } from './section';

interface Figures {
  tiles: { label: string; value: string; alarm: boolean }[];
  tiers: { name: string; rto: string; rpo: string; count: number }[];
  untiered: number;
  statuses: [string, number][];
  highlights: string[];
}

function figures(e: EvidenceData): Figures {
  const a = e.map.analysis;
  const approved = e.processes.filter((p) => p.record.status === 'approved').length;
  const errors = e.overview.conflicts.filter((c) => c.severity === 'error').length;
  const warnings = e.overview.conflicts.length - errors;
  const byTier = new Map<string, number>();
  for (const p of e.processes) {
    const t = p.objectives.tier?.name ?? '';
    byTier.set(t, (byTier.get(t) ?? 0) + 1);
  }
  const statuses: [string, number][] = (['draft', 'in_review', 'approved'] as const).map((s) => [
    s.replace('_', ' '),
    e.processes.filter((p) => p.record.status === s).length,
  ]);
  const highlights: string[] = [];
  const spof = a.singlePointsOfFailure[0];
  if (spof) highlights.push(`Largest single point of failure: ${spof.explanation}`);
  const inversion = [...a.rtoInversions].sort((x, y) => y.excessMinutes - x.excessMinutes)[0];
  if (inversion) highlights.push(`Largest RTO inversion: ${inversion.explanation}`);
  const blast = a.blastRadius[0];
  if (blast && blast.failedCount > 0)
    highlights.push(
      `Largest blast radius: ${blast.name} takes down ${plural(blast.failedCount, 'other node')} (${plural(blast.processCount, 'process', 'processes')}).`,
    );
  if (!e.chain.ok) highlights.push(e.chain.summary);
  return {
    tiles: [
      { label: 'Processes', value: String(e.processes.length), alarm: false },
      {
        label: 'Approved BIAs',
        value: `${approved} of ${e.processes.length}`,
        alarm: approved < e.processes.length,
      },
      { label: 'Conflicts', value: String(errors), alarm: errors > 0 },
      { label: 'Warnings', value: String(warnings), alarm: false },
      {
        label: 'Single points of failure',
        value: String(a.singlePointsOfFailure.length),
        alarm: a.singlePointsOfFailure.length > 0,
      },
      { label: 'RTO inversions', value: String(a.rtoInversions.length), alarm: a.rtoInversions.length > 0 },
      { label: 'Dependency cycles', value: String(a.cycles.length), alarm: a.cycles.length > 0 },
      { label: 'Nodes / dependencies', value: `${a.nodeCount} / ${a.edgeCount}`, alarm: false },
    ],
    tiers: e.registers.tiers.map((t) => ({
      name: t.name,
      rto: formatDuration(t.rtoMinutes),
      rpo: formatDuration(t.rpoMinutes),
      count: byTier.get(t.name) ?? 0,
    })),
    untiered: byTier.get('') ?? 0,
    statuses,
    highlights,
  };
}

export const summarySection = defineSection<Figures>({
  id: 'summary',
  title: 'Executive summary',
  load: figures,
  entries: () => 1,
  render(w, f, e) {
    w.heading('Executive summary');
    w.paragraph(`Scope: ${e.scopeLabel}.`, { ink: INK.muted, gap: 10 });
    const cols = 4;
    const gap = 10;
    const tileW = (w.width - gap * (cols - 1)) / cols;
    const tileH = 58;
    const y0 = w.y;
    f.tiles.forEach((t, i) => {
      const x = w.left + (i % cols) * (tileW + gap);
      const y = y0 + Math.floor(i / cols) * (tileH + gap);
      w.doc
        .roundedRect(x, y, tileW, tileH, 4)
        .lineWidth(0.8)
        .strokeColor(t.alarm ? INK.danger : INK.rule)
        .stroke();
      w.font(true, 20, t.alarm ? INK.danger : INK.accent);
      w.doc.text(w.fit(t.value, tileW - 16), x + 8, y + 8, { lineBreak: false });
      w.font(false, SIZE.small, INK.muted);
      w.doc.text(w.fit(t.label, tileW - 16), x + 8, y + 38, { lineBreak: false });
    });
    w.y = y0 + Math.ceil(f.tiles.length / cols) * (tileH + gap) + 10;

    w.subheading('Processes by tier');
    wholeTable(
      w,
      [
        { header: 'Tier' },
        { header: 'RTO', width: 90 },
        { header: 'RPO', width: 90 },
        { header: 'Processes', width: 80, align: 'right' },
      ],
      [
        ...f.tiers.map((t) => ({ cells: [t.name, t.rto, t.rpo, String(t.count)] })),
        ...(f.untiered > 0 ? [{ cells: ['No tier (no MTD yet)', '—', '—', String(f.untiered)] }] : []),
      ],
      [1, 2],
    );
    w.subheading('BIA status');
    w.table(
      [{ header: 'Status' }, { header: 'Processes', width: 80, align: 'right' }],
      f.statuses.map(([s, n]) => ({ cells: [s, String(n)] })),
    );
    if (f.highlights.length > 0) {
      w.subheading('Highlights');
      for (const h of f.highlights) w.paragraph(`• ${h}`, { gap: 5 });
    }
  },
});
