// Shown over every area while the workspace is open read-only (another process holds the file):
// who holds it, and that every change will be refused until it is reopened for writing.
import type { WorkspaceSummary } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format/datetime';

export function ReadOnlyBanner({ workspace }: { workspace: WorkspaceSummary }) {
  if (!workspace.readOnly) return null;
  const h = workspace.heldBy;
  return (
    <div className="notice notice-info read-only-banner" role="status" data-testid="read-only-banner">
      <strong>Read-only.</strong>{' '}
      {h
        ? `${workspace.fileName} is open in ${h.program === 'cli' ? 'the steadfast command' : 'Steadfast'} on ${h.machine} by ${h.person} since ${formatDateTime(h.since)}. `
        : `${workspace.fileName} was opened read-only. `}
      You can read, export and verify it; changes are refused. Close it and open it again once it is free to
      make changes.
    </div>
  );
}
