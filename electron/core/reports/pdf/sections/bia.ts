// Business impact analysis: one page per process with its derived objectives, its heat map
// (categories × buckets by severity), its impact curve, what it depends on and its conflicts.
import { formatDuration } from '../../../../../shared/format/duration';
import { isoDateTime } from '../../../../../shared/format/datetime';
import type { EvidenceData, ProcessEvidence } from '../../evidence-data';
import { drawHeatMap, heatMapHeight } from '../charts/heat-map';
import { CURVE_HEIGHT, drawImpactCurve } from '../charts/impact-curve';
import { INK, SIZE } from '../theme';
import type { PdfWriter } from '../writer';
import { defineSection } from './section';

interface BiaData {
  processes: ProcessEvidence[];
  providers: Map<string, string[]>;
}

export const biaSection = defineSection<BiaData>({
  id: 'bia',
  title: 'Business impact analysis',
  load(e) {
    const names = new Map(e.map.nodes.map((n) => [n.id, `${n.name} (${n.kind})`]));
    const providers = new Map<string, string[]>();
    for (const edge of e.map.edges) {
      const name = names.get(edge.providerId);
      if (!name) continue;
      const list = providers.get(edge.consumerId);
      if (list) list.push(name);
      else providers.set(edge.consumerId, [name]);
    }
    return { processes: e.processes, providers };
  },
  entries: (d) => 1 + d.processes.length,
  *render(w, d, e) {
    w.heading('Business impact analysis');
    w.paragraph(
      'Each process was rated for every impact category at each point in time on the 0–4 scale. ' +
        'The maximum tolerable downtime (MTD) is the first point at which any category becomes ' +
        'intolerable; the recovery time objective is the MTD less the work recovery time, unless set ' +
        'by hand. The pages that follow show one process each.',
    );
    w.facts([
      ['Processes', String(d.processes.length)],
      ['Impact categories', e.registers.categories.map((c) => c.name).join(', ')],
      ['Time buckets', e.registers.buckets.map((b) => b.label).join(', ')],
    ]);
    if (d.processes.length === 0) w.paragraph('No process is in scope.', { ink: INK.muted });
    for (const p of d.processes) {
      w.newPage();
      processPage(w, p, d.providers.get(p.id) ?? [], e);
      yield;
    }
  },
});

function processPage(w: PdfWriter, p: ProcessEvidence, providers: string[], e: EvidenceData): void {
  const o = p.objectives;
  const r = p.record;
  w.heading(p.name, 2);
  const category = e.registers.categories.find((c) => c.id === o.mtdCategoryId)?.name;
  w.facts([
    ['Department / owner', `${p.department || '—'} / ${p.owner || '—'}`],
    [
      'BIA status',
      r.status === 'approved' && r.approvedBy
        ? `approved by ${r.approvedBy}${r.approvedAt ? ` on ${isoDateTime(r.approvedAt)}` : ''}`
        : r.status.replace('_', ' '),
    ],
    [
      'MTD',
      o.mtd === null
        ? 'not reached (no category becomes intolerable)'
        : `${formatDuration(o.mtd)}${category ? ` (set by ${category})` : ''}`,
    ],
    ['RTO', o.effectiveRto === null ? '—' : `${formatDuration(o.effectiveRto)} (${o.rtoSource ?? ''})`],
    ['RPO', o.effectiveRpo === null ? '—' : `${formatDuration(o.effectiveRpo)} (${o.rpoSource ?? ''})`],
    ['WRT', formatDuration(o.wrtMinutes)],
    ['Tier', o.tier ? `${o.tier.name} (${o.tierSource ?? ''})` : '—'],
    ['MBCO', o.mbco ?? '—'],
  ]);
  w.y += 6;
  const heat = {
    columns: e.registers.buckets.map((b) => b.label),
    rows: e.registers.categories.map((c) => ({
      label: c.name,
      values: p.ratings[c.id] ?? e.registers.buckets.map(() => null),
    })),
  };
  w.subheading('Impact heat map');
  w.ensure(heatMapHeight(heat));
  drawHeatMap(w, heat);
  w.subheading('Impact over time');
  w.ensure(CURVE_HEIGHT);
  const mtdBucket = o.mtd === null ? -1 : e.registers.buckets.findIndex((b) => b.minutes >= o.mtd!);
  drawImpactCurve(w, {
    buckets: heat.columns,
    worstSeverity: [...o.worstSeverityByBucket],
    losses: o.financialLossByBucket ? [...o.financialLossByBucket] : null,
    mtdBucket: mtdBucket < 0 ? null : mtdBucket,
  });
  w.subheading('Depends on');
  w.paragraph(providers.length > 0 ? providers.join(', ') : 'No recorded dependencies.', {
    size: SIZE.small,
  });
  const issues = [...o.conflicts, ...o.warnings];
  if (issues.length > 0) {
    w.subheading('Conflicts and warnings');
    for (const c of issues)
      w.paragraph(`${c.severity === 'error' ? 'Conflict' : 'Warning'}: ${c.message}`, {
        size: SIZE.small,
        ink: c.severity === 'error' ? INK.danger : INK.muted,
      });
  }
}
