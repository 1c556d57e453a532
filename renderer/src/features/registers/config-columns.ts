// Column definitions for the impact categories, time buckets and tiers grids.
import type { ColDef, ValueParserParams } from 'ag-grid-community';
import type { BucketView, CategoryView } from '../../../../shared/contract';
import type { Tier } from '../../../../shared/domain/model';
import { formatDuration } from '../../../../shared/format/duration';
import { parseDuration } from '../../components/duration';

/** Numbers as numbers; anything else goes to the API as typed, which says what is wrong with it. */
function numberParser<T>(p: ValueParserParams<T>): unknown {
  const t = String(p.newValue ?? '').trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : p.newValue;
}

function durationParser<T>(p: ValueParserParams<T>): unknown {
  const v = parseDuration(String(p.newValue ?? ''));
  return v === undefined || v === null ? p.newValue : v;
}

const durationFormatter = (p: { value: unknown }) =>
  typeof p.value === 'number' ? formatDuration(p.value) : String(p.value ?? '');

export const categoryColumns: ColDef<CategoryView>[] = [
  { field: 'name', headerName: 'Impact category', flex: 1, minWidth: 220 },
  {
    field: 'position',
    headerName: 'Position',
    width: 120,
    sort: 'asc',
    filter: 'agNumberColumnFilter',
    valueParser: numberParser,
  },
];

export const bucketColumns: ColDef<BucketView>[] = [
  { field: 'label', headerName: 'Label', width: 160 },
  {
    field: 'minutes',
    headerName: 'Outage lasts',
    flex: 1,
    minWidth: 200,
    sort: 'asc',
    filter: 'agNumberColumnFilter',
    valueParser: durationParser,
    valueFormatter: durationFormatter,
  },
];

export const tierColumns: ColDef<Tier>[] = [
  { field: 'name', headerName: 'Tier', width: 140 },
  {
    field: 'rank',
    headerName: 'Rank',
    width: 90,
    sort: 'asc',
    filter: 'agNumberColumnFilter',
    valueParser: numberParser,
  },
  {
    field: 'rtoMinutes',
    headerName: 'RTO',
    width: 150,
    valueParser: durationParser,
    valueFormatter: durationFormatter,
  },
  {
    field: 'rpoMinutes',
    headerName: 'RPO',
    width: 150,
    valueParser: durationParser,
    valueFormatter: durationFormatter,
  },
  { field: 'testFrequencyDays', headerName: 'Test every (days)', width: 150, valueParser: numberParser },
  { field: 'description', headerName: 'Description', flex: 1, minWidth: 220 },
];
