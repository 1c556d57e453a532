// A runbook version's status as a badge.
import type { RunbookVersionStatus } from '../../../../shared/contract';

const LABEL: Record<RunbookVersionStatus, string> = {
  draft: 'draft',
  in_review: 'in review',
  approved: 'approved',
  retired: 'retired',
};

export function RunbookStatus({ status }: { status: RunbookVersionStatus }) {
  return <span className={`badge badge-${status}`}>{LABEL[status]}</span>;
}
