// The impact curve in words, for the chart's aria-label.
import type { BucketView } from '../../../../shared/contract';
import type { BiaObjectives } from '../../../../shared/domain/bia';
import { formatDuration } from '../../../../shared/format/duration';
import { severityName } from '../../components/severity';

export function curveSummary(buckets: BucketView[], o: BiaObjectives, threshold: number): string {
  const worst = o.worstSeverityByBucket;
  const rated = worst.map((s, i) => ({ s, b: buckets[i] })).filter((x) => x.s !== null && x.b);
  if (rated.length === 0) return 'Impact curve: nothing rated yet.';
  const first = rated[0]!;
  const last = rated[rated.length - 1]!;
  const parts = [
    `Impact curve: worst severity ${severityName(first.s)} at ${first.b!.label}, ${severityName(last.s)} at ${last.b!.label}`,
  ];
  const over = rated.find((x) => (x.s ?? 0) >= threshold);
  parts.push(over ? `intolerable (${severityName(threshold)}) from ${over.b!.label}` : 'never intolerable');
  parts.push(`MTD ${formatDuration(o.mtd)}`);
  const losses = (o.financialLossByBucket ?? []).filter((v): v is number => v !== null);
  if (losses.length > 0) parts.push(`financial loss up to ${Math.max(...losses).toLocaleString()}`);
  return `${parts.join('; ')}.`;
}
