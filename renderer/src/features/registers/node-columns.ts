// Column definitions for the processes and resources grids.
import type { ColDef, ValueFormatterParams, ValueParserParams } from 'ag-grid-community';
import type { NodeView } from '../../../../shared/contract';
import type { Tier } from '../../../../shared/domain/model';
import { formatDuration } from '../../../../shared/format/duration';
import { parseDuration } from '../../components/duration';
import { FIELD_LABEL, KIND_LABEL, RESOURCE_KINDS } from './node-fields';

/** Whole minutes in the row, "4 h" on screen; typing "4h" stores 240. Unreadable text goes to the API as typed. */
function minutesColumn(field: 'rtoMinutes' | 'rpoMinutes' | 'restoreMinutes'): ColDef<NodeView> {
  return {
    field,
    headerName: FIELD_LABEL[field],
    width: 130,
    filter: 'agNumberColumnFilter',
    valueFormatter: (p: ValueFormatterParams<NodeView>) =>
      typeof p.value === 'number' ? formatDuration(p.value) : p.value === null ? '' : String(p.value ?? ''),
    valueParser: (p: ValueParserParams<NodeView>) => {
      const v = parseDuration(String(p.newValue ?? ''));
      return v === undefined ? p.newValue : v;
    },
  };
}

function tierColumn(tiers: readonly Tier[]): ColDef<NodeView> {
  const names = new Map(tiers.map((t) => [t.id, t.name]));
  return {
    field: 'tierId',
    headerName: 'Tier',
    width: 120,
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: {
      values: ['', ...tiers.map((t) => t.id)],
      formatValue: (v: string) => names.get(v) ?? '—',
    },
    valueFormatter: (p) => (p.value ? (names.get(String(p.value)) ?? String(p.value)) : ''),
    valueParser: (p) => (p.newValue === '' ? null : p.newValue),
    filterValueGetter: (p) => (p.data?.tierId ? (names.get(p.data.tierId) ?? '') : ''),
  };
}

/** Marks where a process's objective comes from: its BIA, or a hand-set override of it. */
const OVERRIDE_MARK = ' (override)';
const BIA_MARK = ' (BIA)';

/**
 * A process's tier, RTO and RPO are its BIA's (one source of truth): the cell shows the effective
 * value, marked as the BIA's or as an override; typing sets the override, clearing it returns to the
 * BIA's value.
 */
function processObjectiveColumn(
  base: ColDef<NodeView>,
  show: (v: string | number) => string,
  effective: (o: NonNullable<NodeView['objectives']>) => string,
): ColDef<NodeView> {
  const overridden = (v: unknown): v is string | number =>
    (typeof v === 'string' && v !== '') || typeof v === 'number';
  return {
    ...base,
    width: 150,
    headerTooltip: 'From the BIA; a value typed here overrides it, and clearing it returns to the BIA',
    valueFormatter: (p: ValueFormatterParams<NodeView>) => {
      if (overridden(p.value)) return `${show(p.value)}${OVERRIDE_MARK}`;
      const o = p.data?.objectives;
      const text = o ? effective(o) : '';
      return text === '' ? '' : `${text}${BIA_MARK}`;
    },
    cellClass: (p) => (overridden(p.value) ? 'cell-override' : 'cell-derived'),
  };
}

export function processColumns(tiers: readonly Tier[]): ColDef<NodeView>[] {
  const names = new Map(tiers.map((t) => [t.id, t.name]));
  const tierName = (id: string | number) => names.get(String(id)) ?? String(id);
  const minutes = (m: string | number | null) => (typeof m === 'number' ? formatDuration(m) : (m ?? ''));
  return [
    { field: 'name', headerName: 'Name', width: 220, pinned: 'left' },
    { field: 'department', headerName: 'Department', width: 160 },
    { field: 'owner', headerName: 'Owner', width: 150 },
    processObjectiveColumn(tierColumn(tiers), tierName, (o) => (o.tierId ? tierName(o.tierId) : '')),
    processObjectiveColumn(minutesColumn('rtoMinutes'), minutes, (o) => minutes(o.rtoMinutes)),
    processObjectiveColumn(minutesColumn('rpoMinutes'), minutes, (o) => minutes(o.rpoMinutes)),
    minutesColumn('restoreMinutes'),
    { field: 'description', headerName: 'Description', flex: 1, minWidth: 200 },
  ];
}

export function resourceColumns(
  tiers: readonly Tier[],
  supports: (resourceId: string) => string[],
): ColDef<NodeView>[] {
  return [
    { field: 'name', headerName: 'Name', width: 200, pinned: 'left' },
    {
      field: 'kind',
      headerName: 'Kind',
      width: 140,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: {
        values: RESOURCE_KINDS,
        formatValue: (v: keyof typeof KIND_LABEL) => KIND_LABEL[v],
      },
      valueFormatter: (p) => (p.value ? KIND_LABEL[p.value as keyof typeof KIND_LABEL] : ''),
    },
    {
      colId: 'supports',
      headerName: 'Supports',
      editable: false,
      width: 220,
      valueGetter: (p) => (p.data ? supports(p.data.id).join(', ') : ''),
    },
    { field: 'owner', headerName: 'Owner', width: 140 },
    tierColumn(tiers),
    minutesColumn('rtoMinutes'),
    minutesColumn('rpoMinutes'),
    minutesColumn('restoreMinutes'),
    { field: 'description', headerName: 'Description', flex: 1, minWidth: 200 },
  ];
}
