// `steadfast gate`: the go/no-go gate of one release for CI pipelines. Exit 0 go, 1 no-go, 2 error.
import type { GateView } from '../../shared/contract';
import { gateFor } from '../core/domains/releases/gate-read';
import type { Workspace } from '../core/app/workspace';

export function gateOfRelease(ws: Workspace, idOrName: string, now: Date): GateView {
  return gateFor(ws, ws.store.releases.findId(idOrName), now.getTime());
}

const MARK = { pass: 'PASS', fail: 'FAIL', waived: 'WAIVED', 'not-applicable': 'N/A' } as const;

/** One sentence per check, then the verdict; what a release lead reads in a CI log. */
export function describeGate(g: GateView): string[] {
  const r = g.release;
  return [
    `Release "${r.name}" ${r.version} (${r.windowStart} – ${r.windowEnd}), owner ${r.owner}, ${r.status}.`,
    `Risk ${g.risk.level} (${g.risk.score.toFixed(0)}/100): needs ${g.risk.approvals.description}.`,
    '',
    ...g.checks.map((c) => `${MARK[c.status].padEnd(6)} ${c.label}: ${c.reason}`),
    ...g.rejectedWaivers.map((w) => `Note: a waiver of ${w.waiver.checkId} was not accepted: ${w.reason}`),
    '',
    g.go ? `GO. ${g.summary}` : `NO-GO. ${g.summary}`,
  ];
}
