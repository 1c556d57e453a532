// One exception as the register shows it: its status computed from today's date, whether its conflict
// is still reported, and whether its acceptance's signature verifies.
import type { ExceptionView, FailureModeView } from '../../../../shared/contract';
import { exceptionStatus, failureModeScore, triggerText } from '../../../../shared/domain/exceptions';
import type { Store } from '../../store';
import type { ExceptionRecord, FailureModeRecord } from '../../store/exceptions';
import { signoffViews } from '../members/signoff';

export function exceptionView(
  store: Store,
  workspaceId: string,
  e: ExceptionRecord,
  now: number,
  openKeys: ReadonlySet<string>,
): ExceptionView {
  const signoff = signoffViews(store, workspaceId, { entity: 'exception', entityId: e.id }).find(
    (s) => s.kind === 'exception.accept',
  );
  return {
    id: e.id,
    conflictKey: e.conflictKey,
    conflictKind: e.conflictKind,
    conflictSummary: e.conflictSummary,
    rationale: e.rationale,
    compensatingControls: e.compensatingControls,
    owner: e.owner,
    expiresOn: e.expiresOn,
    raisedBy: e.raisedBy,
    raisedAt: e.createdAt,
    acceptedBy: e.acceptedBy,
    acceptedAt: e.acceptedAt,
    withdrawnAt: e.retiredAt,
    status: exceptionStatus(e, now),
    conflictOpen: openKeys.has(e.conflictKey),
    signatureValid: signoff ? signoff.valid : null,
  };
}

export function failureModeView(r: FailureModeRecord): FailureModeView {
  const trigger = {
    metric: r.triggerMetric,
    name: r.triggerName,
    comparator: r.triggerComparator,
    threshold: r.triggerThreshold,
    unit: r.triggerUnit,
  };
  return {
    id: r.id,
    description: r.description,
    likelihood: r.likelihood,
    impact: r.impact,
    detection: r.detection,
    mitigation: r.mitigation,
    trigger,
    triggerText: triggerText(trigger),
    score: failureModeScore(r),
    createdAt: r.createdAt,
  };
}
