// Shown over every area while the open workspace is a workshop packet: whose packet it is, when and by
// whom it was cut, and what it covers (changes outside the scope are refused in the packet).
import type { WorkspaceSummary } from '../../../../shared/contract';
import { formatDateTime } from '../../../../shared/format/datetime';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { scopeText } from './scope-text';

export function PacketBanner({ workspace }: { workspace: WorkspaceSummary }) {
  const info = useApi(() => api['packet.current']({}), [workspace.id]);
  const p = info.data;
  if (!p) return null;
  return (
    <div className="notice notice-info packet-banner" role="status" data-testid="packet-banner">
      <strong>Workshop packet</strong> of {p.masterName}, cut {formatDateTime(p.cutAt)} by {p.cutBy}, scope{' '}
      {scopeText(p.scope.kind, p.scopeNames)}. Bring it back to the master to merge what you change here.
    </div>
  );
}
