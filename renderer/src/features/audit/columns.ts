// Column definitions for the audit log grid.
import { formatDateTime } from '../../../../shared/format/datetime';
import type { ColDef } from 'ag-grid-community';
import type { AuditEntryView } from '../../../../shared/contract';

export const auditColumns: ColDef<AuditEntryView>[] = [
  { field: 'seq', headerName: '#', width: 80, sort: 'desc', filter: 'agNumberColumnFilter' },
  {
    field: 'at',
    headerName: 'When',
    width: 190,
    valueFormatter: (p) => (typeof p.value === 'string' ? formatDateTime(p.value) : ''),
  },
  { field: 'actorName', headerName: 'Who', width: 170, filter: true },
  { field: 'actorRole', headerName: 'Role', width: 160, filter: true },
  { field: 'action', headerName: 'Action', width: 190, filter: true },
  { field: 'entity', headerName: 'Entity', width: 130, filter: true },
  { field: 'entityId', headerName: 'Id', flex: 1, minWidth: 140 },
];
