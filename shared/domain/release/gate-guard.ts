// The gate as a guard on the release lifecycle: a move that puts a change into production is allowed
// when the gate reads GO (every failed check waived), or when the change is declared an emergency
// with a written justification; the passage records which, for the release and its audit entry.
import { plural } from '../../format/plural';
import type { GateCheckId, GateResult } from './gate';
import type { ReleaseStatus } from './types';

/**
 * Starting a change (planned or approved → in progress) and deploying it without a recorded start
 * (approved → deployed) are what the gate guards. Later moves (in progress → deployed, failed,
 * rolled back) record what happened to a change already let through, so refusing them would only
 * falsify the record.
 */
export function gateGuards(from: ReleaseStatus, to: ReleaseStatus): boolean {
  return (from === 'planned' || from === 'approved') && (to === 'in-progress' || to === 'deployed');
}

export interface GatePassage {
  /** The status the release moved to, when and by whom. */
  status: ReleaseStatus;
  at: string;
  by: string;
  /** 'go': every check passed; 'waived': it passed on waivers; 'emergency': it read NO-GO. */
  basis: 'go' | 'waived' | 'emergency';
  waived: { checkId: GateCheckId; label: string; justification: string; approver: string }[];
  /** Checks that failed (not waived) when an emergency let the change through. */
  failing: { checkId: GateCheckId; label: string; reason: string }[];
  emergency: { justification: string } | null;
}

export type GateDecision = { ok: true; passage: GatePassage } | { ok: false; message: string };

/**
 * Whether a guarded move may proceed on this gate. An emergency is recorded only when it is needed:
 * a GO gate lets the change through on its own merits, and says so.
 */
export function decideGatedMove(
  gate: GateResult,
  move: { status: ReleaseStatus; at: string; by: string; emergency?: { justification: string } },
): GateDecision {
  const waived = gate.checks.flatMap((c) =>
    c.status === 'waived' && c.waiver
      ? [
          {
            checkId: c.id,
            label: c.label,
            justification: c.waiver.justification,
            approver: c.waiver.approverId,
          },
        ]
      : [],
  );
  const failing = gate.checks
    .filter((c) => c.status === 'fail')
    .map((c) => ({ checkId: c.id, label: c.label, reason: c.reason }));
  const base = { status: move.status, at: move.at, by: move.by, waived };
  if (gate.go)
    return {
      ok: true,
      passage: { ...base, basis: waived.length > 0 ? 'waived' : 'go', failing: [], emergency: null },
    };
  const justification = move.emergency?.justification.trim() ?? '';
  if (justification !== '')
    return { ok: true, passage: { ...base, basis: 'emergency', failing, emergency: { justification } } };
  return {
    ok: false,
    message:
      `The gate reads NO-GO, so the release cannot become ${move.status.replace('-', ' ')}. ` +
      `${plural(failing.length, 'check')} failing: ` +
      failing.map((f) => `${f.label}: ${f.reason}`).join(' ') +
      (move.emergency
        ? ' An emergency needs a written justification.'
        : ' Waive each failing check with a reason, or declare the change an emergency with a justification.'),
  };
}
