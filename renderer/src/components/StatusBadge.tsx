// A BIA's sign-off state as a small coloured badge.
import type { BiaStatus } from '../../../shared/contract';

export const STATUS_LABEL: Record<BiaStatus, string> = {
  draft: 'draft',
  in_review: 'in review',
  approved: 'approved',
};

export function StatusBadge({ status }: { status: BiaStatus }) {
  return <span className={`badge badge-${status}`}>{STATUS_LABEL[status]}</span>;
}
