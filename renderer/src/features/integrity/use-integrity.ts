// The open workspace's audit-trail check as React state: polled while it runs, fetched again after
// a write (a restore reopens the file) or when Verify was pressed.
import { useEffect, useState } from 'react';
import type { IntegrityStatus } from '../../../../shared/contract';
import { api, onWrite } from '../../api/client';

const POLL_MS = 250;
const refreshListeners = new Set<() => void>();

/** Verify was pressed (its result replaces the open-time one): every view showing the check refetches. */
export function refreshIntegrity(): void {
  for (const l of refreshListeners) l();
}

export function useIntegrity(workspaceId: string): IntegrityStatus | undefined {
  const [status, setStatus] = useState<IntegrityStatus>();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const bump = () => setTick((t) => t + 1);
    refreshListeners.add(bump);
    const off = onWrite(bump);
    return () => {
      refreshListeners.delete(bump);
      off();
    };
  }, []);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      api['audit.integrity']({}).then(
        (s) => {
          if (!live) return;
          setStatus(s);
          if (s.status === 'checking') timer = setTimeout(poll, POLL_MS);
        },
        // The workspace was closed meanwhile: nothing to show, nothing to poll.
        () => undefined,
      );
    };
    poll();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [workspaceId, tick]);
  return status;
}
