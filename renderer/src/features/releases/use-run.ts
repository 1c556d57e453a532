// A write with its outcome on screen: the error as an alert, or a short confirmation.
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import type { Run } from './types';

export function useRun(): { run: Run; error?: string; info?: string; clear: () => void } {
  const [error, setError] = useState<string>();
  const [info, setInfo] = useState<string>();
  const run: Run = async (fn, done) => {
    setError(undefined);
    setInfo(undefined);
    try {
      await fn();
      if (done) setInfo(done);
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    }
  };
  return {
    run,
    error,
    info,
    clear: () => {
      setError(undefined);
      setInfo(undefined);
    },
  };
}
