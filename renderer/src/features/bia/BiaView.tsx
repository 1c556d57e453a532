// The BIA area: pick a process on the left, edit its BIA on the right; workshop mode on top.
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { selectProcess, useSelectedProcess } from '../../components/navigation';
import { ErrorNotice } from '../../components/Notice';
import { processFilter } from '../../../../shared/contract';
import { FilterBanner } from '../../routing/FilterBanner';
import { useRoute } from '../../routing/navigate';
import { WorkshopOverlay } from '../workshop/WorkshopOverlay';
import { BiaEditor } from './BiaEditor';
import { groupByDepartment, ProcessPicker } from './ProcessPicker';

export function BiaView() {
  const overview = useApi(() => api['objectives.overview']({}), []);
  const registers = useApi(() => api['registers.get']({}), []);
  const chosen = useSelectedProcess();
  const [workshop, setWorkshop] = useState(false);
  // Bumped when workshop mode closes so the editor reloads what the workshop changed.
  const [round, setRound] = useState(0);
  const route = useRoute();
  // A filter in the address (a number on the home screen) narrows the list of processes.
  const keep = processFilter(route.query);
  const all = overview.data?.rows ?? [];
  const rows = keep ? all.filter(keep) : all;
  const selectedId =
    chosen && all.some((r) => r.processId === chosen) ? chosen : (rows[0]?.processId ?? null);
  const order = groupByDepartment(rows).flatMap(([, list]) => list.map((r) => r.processId));

  return (
    <div className="bia-view">
      <ProcessPicker rows={rows} selectedId={selectedId} onSelect={selectProcess} />
      <div className="bia-main">
        {overview.data && <FilterBanner count={rows.length} />}
        <ErrorNotice message={overview.error ?? registers.error} />
        {selectedId && registers.data ? (
          <BiaEditor
            key={`${selectedId}-${round}`}
            processId={selectedId}
            registers={registers.data}
            onWorkshop={() => setWorkshop(true)}
          />
        ) : (
          <p className="muted">{overview.loading ? 'Loading…' : 'Pick a process.'}</p>
        )}
      </div>
      {workshop && registers.data && selectedId && (
        <WorkshopOverlay
          processIds={order}
          startId={selectedId}
          registers={registers.data}
          onExit={(lastId) => {
            selectProcess(lastId);
            setWorkshop(false);
            setRound((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}
