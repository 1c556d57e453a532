// Column definitions for the audit log grid: names first; the raw ids in a column the view shows on
// request (and in the details of the selected entry).
import { formatDateTime } from '../../../../shared/format/datetime';
import type { ColDef } from 'ag-grid-community';
import type { AuditEntryView } from '../../../../shared/contract';

/** The entity's name, or its id when nothing names it (a row deleted without a name in its images). */
export function entityLabel(e: Pick<AuditEntryView, 'entityName' | 'entityId'>): string {
  return e.entityName ? e.entityName : e.entityId;
}

export function auditColumns(showIds: boolean): ColDef<AuditEntryView>[] {
  return [
    { field: 'seq', headerName: '#', width: 76, sort: 'desc', filter: 'agNumberColumnFilter' },
    {
      field: 'at',
      headerName: 'When',
      width: 172,
      valueFormatter: (p) => (typeof p.value === 'string' ? formatDateTime(p.value) : ''),
    },
    { field: 'actorName', headerName: 'Who', width: 150, filter: true },
    {
      colId: 'entityName',
      headerName: 'Name',
      flex: 1,
      minWidth: 160,
      filter: true,
      valueGetter: (p) => (p.data ? entityLabel(p.data) : ''),
    },
    { field: 'action', headerName: 'Action', width: 170, filter: true },
    { field: 'entity', headerName: 'Entity', width: 120, filter: true },
    { field: 'actorRole', headerName: 'Role', width: 160, filter: true },
    { field: 'entityId', headerName: 'Id', width: 300, hide: !showIds },
  ];
}
