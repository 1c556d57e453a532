// The financial impact curve: the workshop's loss figures put into time order beside the heat map.
import type { BiaProcessInput, BiaWarning, PreparedBiaConfig } from './types';

export interface FinancialCurve {
  /** Time order; null when the process has no figures. */
  lossByBucket: readonly (number | null)[] | null;
  warning: BiaWarning | null;
}

function figureAt(loss: NonNullable<BiaProcessInput['financialLossByBucket']>, index: number): number | null {
  const value = loss[index];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function alignFinancialLoss(
  loss: BiaProcessInput['financialLossByBucket'],
  config: PreparedBiaConfig,
): FinancialCurve {
  if (loss === null || loss === undefined) return { lossByBucket: null, warning: null };
  const { bucketSourceIndex, bucketLabels, buckets } = config;
  const count = bucketSourceIndex.length;
  let warning: BiaWarning | null = null;
  let previous: number | null = null;
  let previousIndex = -1;
  // The common case (time-ordered buckets, every figure a number) hands back the caller's array
  // instead of keeping a copy alive for each of thousands of processes.
  let reusable = config.bucketsInTimeOrder && loss.length === count;
  for (let k = 0; k < count; k++) {
    const figure = figureAt(loss, bucketSourceIndex[k]!);
    if (figure === null) {
      reusable = false;
      continue;
    }
    // The loss of a longer outage includes the loss of a shorter one, so the curve cannot fall.
    if (previous !== null && figure < previous && warning === null) {
      warning = {
        code: 'falling-financial-loss',
        severity: 'warning',
        message: `Financial loss falls from ${previous} at ${bucketLabels[previousIndex]} to ${figure} at ${bucketLabels[k]}; the loss of a longer outage includes that of a shorter one, so check the figures.`,
        bucketId: buckets[k]!.id,
      };
    }
    previous = figure;
    previousIndex = k;
  }
  if (reusable) return { lossByBucket: loss as readonly number[], warning };
  const aligned: (number | null)[] = [];
  for (let k = 0; k < count; k++) aligned.push(figureAt(loss, bucketSourceIndex[k]!));
  return { lossByBucket: aligned, warning };
}
