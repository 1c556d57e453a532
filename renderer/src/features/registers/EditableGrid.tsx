// An editable register grid: sort, filter (per column and across the row), inline edit saved at once
// (the API's message shown and the cell put back when it refuses), add and retire rows, an optional
// paste handler for blocks copied from a spreadsheet, and an optional panel for the focused row.
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type CellValueChangedEvent,
  type ColDef,
  type GridApi,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useRef, useState, type ClipboardEvent, type ReactNode } from 'react';
import { errorMessage } from '../../api/client';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { parseTsv } from './tsv';
import { ConflictNotice, staleFields } from '../filelock/ConflictNotice';

ModuleRegistry.registerModules([AllCommunityModule]);

const REVERT = 'revert';
// Stable references: a new object on every render would make the grid re-apply its columns.
const DEFAULT_COL: ColDef = {
  sortable: true,
  resizable: true,
  filter: true,
  editable: true,
  cellDataType: false,
};
const NO_ROWS: never[] = [];
const rowId = (p: { data: { id: string } }) => p.data.id;

export interface PasteTarget<T> {
  cells: string[][];
  /** Rows in display order (after sort and filter). */
  displayed: T[];
  startRow: number;
  /** colId of each displayed column from the focused one rightwards. */
  fields: string[];
}

export interface EditableGridProps<T extends { id: string }> {
  /** Plural noun for counts and labels: "processes". */
  noun: string;
  rows: T[] | undefined;
  columns: ColDef<T>[];
  save: (row: T) => Promise<unknown>;
  retire: (row: T) => Promise<unknown>;
  describe: (row: T) => string;
  /** Creates a row and answers its id, which is then focused for editing. */
  add: () => Promise<string>;
  addLabel: string;
  addControls?: ReactNode;
  /** The column a new row is edited in first. */
  firstField: string;
  paste?: (target: PasteTarget<T>) => Promise<string>;
  aside?: (focused: T | undefined) => ReactNode;
  height?: number;
  /** Loads the rows afresh: offered when a save was refused because the row changed meanwhile. */
  reload?: () => void;
}

export function EditableGrid<T extends { id: string }>(props: EditableGridProps<T>) {
  const gridApi = useRef<GridApi<T> | null>(null);
  const focusNext = useRef<string | null>(null);
  const [error, setError] = useState<string>();
  const [stale, setStale] = useState<ReturnType<typeof staleFields>>();
  const [info, setInfo] = useState<string>();
  const [quick, setQuick] = useState('');
  const [shown, setShown] = useState<number>();
  const [focusedId, setFocusedId] = useState<string>();
  const total = props.rows?.length ?? 0;
  const focused = props.rows?.find((r) => r.id === focusedId);

  function report(err: unknown) {
    setInfo(undefined);
    const fields = props.reload ? staleFields(err) : undefined;
    setStale(fields);
    setError(fields ? undefined : errorMessage(err));
  }

  async function onCellValueChanged(e: CellValueChangedEvent<T>) {
    if (e.source === REVERT || !e.data) return;
    const colId = e.column.getColId();
    try {
      setError(undefined);
      await props.save(e.data);
    } catch (err) {
      report(err);
      e.node.setDataValue(colId, e.oldValue, REVERT);
    }
  }

  async function add() {
    try {
      setError(undefined);
      focusNext.current = await props.add();
    } catch (err) {
      report(err);
    }
  }

  async function retire() {
    if (!focused) return;
    try {
      setError(undefined);
      await props.retire(focused);
      setInfo(`Retired ${props.describe(focused)}. The audit log keeps its history.`);
    } catch (err) {
      report(err);
    }
  }

  async function onPaste(e: ClipboardEvent<HTMLDivElement>) {
    const api = gridApi.current;
    if (!props.paste || !api) return;
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
    const text = e.clipboardData.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    const cells = parseTsv(text);
    if (cells.length === 0) return;
    const displayed: T[] = [];
    api.forEachNodeAfterFilterAndSort((n) => n.data && displayed.push(n.data));
    const columns = api.getAllDisplayedColumns();
    const cell = api.getFocusedCell();
    const startCol = cell
      ? Math.max(
          0,
          columns.findIndex((c) => c.getColId() === cell.column.getColId()),
        )
      : 0;
    const startRow = cell && cell.rowIndex !== null ? cell.rowIndex : displayed.length;
    const fields = columns
      .slice(cell ? startCol : columns.findIndex((c) => c.getColId() === props.firstField))
      .map((c) => c.getColId());
    try {
      setError(undefined);
      setInfo(await props.paste({ cells, displayed, startRow, fields }));
    } catch (err) {
      report(err);
    }
  }

  function countShown(api: GridApi<T>) {
    setShown(api.getDisplayedRowCount());
  }

  return (
    <div className="register">
      <div className="row register-tools">
        <input
          type="search"
          className="quick-filter"
          aria-label={`Filter ${props.noun}`}
          placeholder={`Filter ${props.noun}…`}
          value={quick}
          onChange={(e) => setQuick(e.target.value)}
        />
        <span className="muted" data-testid="row-count" role="status">
          {props.rows === undefined
            ? 'Loading…'
            : shown !== undefined && shown !== total
              ? `${shown} of ${total} ${props.noun} shown`
              : `${total} ${props.noun}`}
        </span>
        <span className="spacer" />
        {props.addControls}
        <button type="button" className="primary" onClick={() => void add()}>
          {props.addLabel}
        </button>
        <button type="button" disabled={!focused} onClick={() => void retire()}>
          {focused ? `Retire “${props.describe(focused)}”` : 'Retire…'}
        </button>
      </div>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      {stale && props.reload && (
        <ConflictNotice
          fields={stale}
          onDismiss={() => setStale(undefined)}
          onReload={() => {
            setStale(undefined);
            props.reload?.();
          }}
        />
      )}
      <InfoNotice message={info} />
      <div className="register-body">
        <div
          className="grid"
          style={{ height: props.height ?? 480 }}
          onPaste={(e) => void onPaste(e)}
          data-testid={`grid-${props.noun}`}
        >
          <AgGridReact<T>
            theme={themeQuartz}
            rowData={props.rows ?? NO_ROWS}
            columnDefs={props.columns}
            defaultColDef={DEFAULT_COL}
            getRowId={rowId}
            cacheQuickFilter
            quickFilterText={quick}
            stopEditingWhenCellsLoseFocus
            onGridReady={(e) => {
              gridApi.current = e.api;
            }}
            onCellValueChanged={(e) => void onCellValueChanged(e)}
            onCellFocused={(e) => {
              const id = e.rowIndex === null ? undefined : e.api.getDisplayedRowAtIndex(e.rowIndex)?.data?.id;
              if (id) setFocusedId(id);
            }}
            onModelUpdated={(e) => countShown(e.api)}
            onRowDataUpdated={(e) => {
              const id = focusNext.current;
              const node = id ? e.api.getRowNode(id) : undefined;
              if (!node || node.rowIndex === null) return;
              focusNext.current = null;
              e.api.ensureNodeVisible(node);
              e.api.setFocusedCell(node.rowIndex, props.firstField);
              e.api.startEditingCell({ rowIndex: node.rowIndex, colKey: props.firstField });
            }}
          />
        </div>
        {props.aside?.(focused)}
      </div>
      <p className="muted small">
        Double-click or press Enter to edit a cell; each change is saved and audited. Paste a block copied
        from a spreadsheet (Ctrl+V) onto a focused cell to fill from there; rows past the end are added.
      </p>
    </div>
  );
}
