// Pre-mortems for risky releases: each failure mode imagined before the change names how likely and
// how harmful it is, how it would be detected, how it is mitigated, and the metric threshold that
// triggers the rollback. A high-risk release needs at least one before the gate passes.

export const PREMORTEM_LEVELS = ['low', 'medium', 'high'] as const;
export type PremortemLevel = (typeof PREMORTEM_LEVELS)[number];
export const TRIGGER_METRICS = ['error-rate', 'latency', 'business'] as const;
export type TriggerMetric = (typeof TRIGGER_METRICS)[number];

export interface FailureModeDraft {
  description: string;
  likelihood: PremortemLevel;
  impact: PremortemLevel;
  detection: string;
  mitigation: string;
  trigger: {
    metric: TriggerMetric;
    name: string;
    comparator: 'above' | 'below';
    threshold: number;
    unit: string;
  };
}

/** Why a failure mode cannot be recorded, or null. */
export function failureModeProblem(f: FailureModeDraft): string | null {
  if (f.description.trim() === '') return 'A failure mode needs a description of what goes wrong.';
  if (f.detection.trim() === '') return 'A failure mode needs the way it would be detected.';
  if (f.mitigation.trim() === '') return 'A failure mode needs a mitigation.';
  if (f.trigger.name.trim() === '') return 'The rollback trigger needs the metric it watches.';
  if (!Number.isFinite(f.trigger.threshold)) return 'The rollback trigger needs a numeric threshold.';
  if (f.trigger.metric === 'error-rate' && (f.trigger.threshold < 0 || f.trigger.threshold > 100))
    return 'An error-rate trigger is a percentage between 0 and 100.';
  if (f.trigger.metric === 'latency' && f.trigger.threshold <= 0)
    return 'A latency trigger needs a threshold above zero.';
  return null;
}

/** The rollback trigger in words: "roll back when p99 latency is above 800 ms". */
export function triggerText(t: FailureModeDraft['trigger']): string {
  const unit = t.unit.trim() === '' ? '' : ` ${t.unit.trim()}`;
  return `roll back when ${t.name.trim()} is ${t.comparator} ${t.threshold}${unit}`;
}

/** Likelihood × impact on a 1–9 scale, to order failure modes. */
export function failureModeScore(f: Pick<FailureModeDraft, 'likelihood' | 'impact'>): number {
  return (PREMORTEM_LEVELS.indexOf(f.likelihood) + 1) * (PREMORTEM_LEVELS.indexOf(f.impact) + 1);
}
