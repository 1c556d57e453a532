// One process's BIA as the API returns it, and edits made one at a time (in order) so the detail on
// screen is always the answer to the latest edit. Ratings show at once while their save is in flight.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BiaDetail, Registers } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { staleFields } from '../filelock/ConflictNotice';

export interface BiaEditing {
  detail: BiaDetail | undefined;
  /** detail.ratings with ratings still being saved laid over them. */
  ratings: Record<string, (number | null)[]>;
  loadError: string | undefined;
  error: string | undefined;
  clearError: () => void;
  /** Calls in flight. */
  pending: number;
  run: (call: () => Promise<BiaDetail>) => Promise<boolean>;
  /** The version of the BIA on screen when a queued call runs: sent as `basedOn`. */
  basedOn: () => string | undefined;
  /** Set when the last save was refused because someone else changed the BIA since it was loaded. */
  stale: ReturnType<typeof staleFields>;
  reload: () => void;
  rate: (categoryId: string, bucketId: string, severity: number | null) => void;
}

export function useBiaDetail(
  processId: string,
  registers: Registers | undefined,
  /** Told +1 when a call starts and −1 when it ends, even after this view is gone. */
  track?: (delta: number) => void,
): BiaEditing {
  const [loaded, setLoaded] = useState<{ processId: string; detail?: BiaDetail; error?: string }>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(0);
  const [overlay, setOverlay] = useState<Record<string, number | null>>({});
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const version = useRef<string>(undefined);
  const [stale, setStale] = useState<ReturnType<typeof staleFields>>();
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => {
    setStale(undefined);
    setError(undefined);
    setTick((t) => t + 1);
  }, []);

  useEffect(() => {
    let live = true;
    api['bia.get']({ processId }).then(
      (detail) => {
        if (!live) return;
        version.current = detail.bia.updatedAt;
        setLoaded({ processId, detail });
      },
      (err: unknown) => live && setLoaded({ processId, error: errorMessage(err) }),
    );
    return () => {
      live = false;
    };
  }, [processId, tick]);

  const run = useCallback(
    (call: () => Promise<BiaDetail>): Promise<boolean> => {
      setPending((n) => n + 1);
      track?.(1);
      const next = queue.current.then(call).then(
        (detail) => {
          if (detail.process.id === processId) {
            version.current = detail.bia.updatedAt;
            setLoaded({ processId, detail });
          }
          setError(undefined);
          setStale(undefined);
          return true;
        },
        (err: unknown) => {
          setStale(staleFields(err));
          setError(errorMessage(err));
          return false;
        },
      );
      queue.current = next;
      return next.finally(() => {
        setPending((n) => n - 1);
        track?.(-1);
      });
    },
    [processId, track],
  );

  const rate = useCallback(
    (categoryId: string, bucketId: string, severity: number | null) => {
      const key = `${categoryId}|${bucketId}`;
      setOverlay((o) => ({ ...o, [key]: severity }));
      void run(() => api['bia.rate']({ processId, categoryId, bucketId, severity })).then(() =>
        setOverlay((o) => {
          if (!(key in o) || o[key] !== severity) return o;
          const rest = { ...o };
          delete rest[key];
          return rest;
        }),
      );
    },
    [processId, run],
  );

  const detail = loaded?.processId === processId ? loaded.detail : undefined;
  const ratings = useMemo(() => {
    const base = detail?.ratings ?? {};
    const keys = Object.keys(overlay);
    if (keys.length === 0 || !registers) return base;
    const out: Record<string, (number | null)[]> = {};
    for (const [cat, row] of Object.entries(base)) out[cat] = [...row];
    for (const key of keys) {
      const [cat, bucket] = key.split('|');
      const i = registers.buckets.findIndex((b) => b.id === bucket);
      const row = out[cat ?? ''];
      if (row && i >= 0) row[i] = overlay[key] ?? null;
    }
    return out;
  }, [detail, overlay, registers]);

  return {
    detail,
    ratings,
    loadError: loaded?.processId === processId ? loaded.error : undefined,
    error,
    clearError: () => {
      setError(undefined);
      setStale(undefined);
    },
    pending,
    run,
    rate,
    basedOn: () => version.current,
    stale,
    reload,
  };
}
