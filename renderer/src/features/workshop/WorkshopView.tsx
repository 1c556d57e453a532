// The Workshop area: choose where to start, then facilitate process by process in workshop mode.
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { selectProcess, useSelectedProcess } from '../../components/navigation';
import { ErrorNotice } from '../../components/Notice';
import { groupByDepartment, ProcessPicker } from '../bia/ProcessPicker';
import { WorkshopOverlay } from './WorkshopOverlay';

export function WorkshopView() {
  const overview = useApi(() => api['objectives.overview']({}), []);
  const registers = useApi(() => api['registers.get']({}), []);
  const chosen = useSelectedProcess();
  const [open, setOpen] = useState(false);
  const rows = overview.data?.rows ?? [];
  const order = groupByDepartment(rows).flatMap(([, list]) => list.map((r) => r.processId));
  const startId = chosen && order.includes(chosen) ? chosen : (order[0] ?? null);

  return (
    <section className="workshop-start" aria-labelledby="workshop-title">
      <h1 id="workshop-title">Workshop mode</h1>
      <p className="muted">
        A full-screen view for running a BIA workshop: one process at a time, rated with the keyboard alone.
        Arrow keys move, 0–4 rate, Delete clears, PageDown/PageUp change process, Esc leaves. Every rating is
        saved the moment it is typed.
      </p>
      <ErrorNotice message={overview.error ?? registers.error} />
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={!startId || !registers.data}
          onClick={() => setOpen(true)}
        >
          Start workshop{startId ? ` at ${rows.find((r) => r.processId === startId)?.name ?? ''}` : ''}
        </button>
      </div>
      <h2>Start at</h2>
      <ProcessPicker rows={rows} selectedId={startId} onSelect={selectProcess} />
      {open && startId && registers.data && (
        <WorkshopOverlay
          processIds={order}
          startId={startId}
          registers={registers.data}
          onExit={(last) => {
            selectProcess(last);
            setOpen(false);
          }}
        />
      )}
    </section>
  );
}
