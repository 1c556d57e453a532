// One line for the workspace overview: how many critical findings are open, opening the DR tests.
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { requestArea } from '../../components/navigation';

export function CriticalFindingsLine() {
  const open = useApi(() => api['findings.list']({ openOnly: true }), []);
  const critical = (open.data ?? []).filter((f) => f.severity === 'critical').length;
  if (!open.data) return null;
  return (
    <p className={critical > 0 ? 'notice notice-warn' : 'muted'} data-testid="critical-findings">
      <span>
        {critical === 0
          ? 'No critical DR-test findings are open.'
          : `${critical} critical DR-test finding${critical === 1 ? ' is' : 's are'} open.`}
      </span>
      {critical > 0 && (
        <button type="button" className="link" onClick={() => requestArea('drtests')}>
          Open DR tests
        </button>
      )}
    </p>
  );
}
