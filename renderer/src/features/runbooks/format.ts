// Figures as the runbook and DR-test screens show them.

export function percent(p: number): string {
  return `${(p * 100).toFixed(1)} %`;
}
