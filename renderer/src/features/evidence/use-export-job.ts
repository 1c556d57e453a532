// Runs one evidence export: starts the job, polls its status every 250 ms until it is done, and
// turns the delivered zip into a download (browser) or a "saved" note (Electron).
import { useEffect, useRef, useState } from 'react';
import type { EvidenceJobStatus, EvidenceScope } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { finishDelivery } from '../../api/deliver';

const POLL_MS = 250;

export interface ExportJob {
  status: EvidenceJobStatus | undefined;
  running: boolean;
  message: string | undefined;
  error: string | undefined;
  start: (input: { scope: EvidenceScope; pdf: boolean; xlsx: boolean }) => void;
  cancel: () => void;
}

export function useExportJob(): ExportJob {
  const [status, setStatus] = useState<EvidenceJobStatus>();
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  function poll(jobId: string) {
    api['evidence.status']({ jobId }).then(
      (s) => {
        setStatus(s);
        if (!s.done) {
          timer.current = setTimeout(() => poll(jobId), POLL_MS);
          return;
        }
        if (s.error) setError(s.error);
        else if (s.cancelled) setMessage('Export cancelled.');
        else if (s.delivery) setMessage(finishDelivery(s.delivery));
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }

  return {
    status,
    running: status !== undefined && !status.done,
    message,
    error,
    start(input) {
      setError(undefined);
      setMessage(undefined);
      api['evidence.start'](input).then(
        ({ jobId }) => {
          setStatus({ jobId, phase: 'queued', progress: 0, done: false, cancelled: false });
          poll(jobId);
        },
        (err: unknown) => setError(errorMessage(err)),
      );
    },
    cancel() {
      if (status && !status.done)
        api['evidence.cancel']({ jobId: status.jobId }).catch((err: unknown) => setError(errorMessage(err)));
    },
  };
}
