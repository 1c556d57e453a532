// The map's controls: search, filters, focus hops, layout, export, add and help. Every one is a
// plain form control, so Tab reaches them all.
import { useState, type FormEvent } from 'react';
import { NODE_KINDS, type Tier } from '../../../../shared/domain/model';
import { KIND_STYLES } from '../../../../shared/presentation/palette';
import { IN_PAGE_LAYOUT_LIMIT, type LayoutName } from './layouts';
import type { MapFilters } from './view-classes';

/** The search field's id: the / key focuses it. */
export const SEARCH_INPUT_ID = 'map-search';

export function Toolbar(props: {
  nodeCount: number;
  tiers: readonly Tier[];
  departments: readonly string[];
  names: readonly string[];
  filters: MapFilters;
  onFilters: (f: MapFilters) => void;
  focusHops: number;
  onFocusHops: (h: number) => void;
  focusEnabled: boolean;
  onSearch: (text: string) => boolean;
  onLayout: (name: LayoutName) => void;
  layoutBusy: boolean;
  onExport: (format: 'png' | 'svg') => void;
  onAdd: () => void;
  onHelp: () => void;
}) {
  const [query, setQuery] = useState('');
  const [notFound, setNotFound] = useState(false);
  const [layout, setLayout] = useState<LayoutName>('layered');
  const small = props.nodeCount <= IN_PAGE_LAYOUT_LIMIT;
  const f = props.filters;

  function search(e: FormEvent) {
    e.preventDefault();
    setNotFound(!props.onSearch(query));
  }

  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map tools">
      <form className="map-search" onSubmit={search} role="search">
        <input
          id={SEARCH_INPUT_ID}
          type="search"
          list="map-names"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setNotFound(false);
          }}
          placeholder="Find a node by name"
          aria-label="Find a node by name"
          aria-invalid={notFound}
        />
        <datalist id="map-names">
          {props.names.slice(0, 2000).map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <button type="submit">Find</button>
        {notFound && <span className="map-bad small">No match</span>}
      </form>
      <select
        aria-label="Filter by tier"
        value={f.tier}
        onChange={(e) => props.onFilters({ ...f, tier: e.target.value })}
      >
        <option value="">All tiers</option>
        {props.tiers.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
        <option value="none">No tier</option>
      </select>
      <select
        aria-label="Filter by kind"
        value={f.kind}
        onChange={(e) => props.onFilters({ ...f, kind: e.target.value })}
      >
        <option value="">All kinds</option>
        {NODE_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_STYLES[k].label}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by department"
        value={f.department}
        onChange={(e) => props.onFilters({ ...f, department: e.target.value })}
      >
        <option value="">All departments</option>
        {props.departments.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
      <select
        aria-label="Focus mode"
        value={props.focusHops}
        onChange={(e) => props.onFocusHops(Number(e.target.value))}
        title={
          props.focusEnabled ? 'Show only the nodes near the selected one' : 'Select a node to focus on it'
        }
      >
        <option value={0}>Focus: off</option>
        <option value={1}>Focus: 1 hop</option>
        <option value={2}>Focus: 2 hops</option>
        <option value={3}>Focus: 3 hops</option>
      </select>
      <span className="map-group">
        <select aria-label="Layout" value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
          <option value="layered">Layered (by the app)</option>
          {small && <option value="fcose">fcose (small maps; runs here)</option>}
          {small && <option value="elk">ELK layered (small maps; runs here)</option>}
        </select>
        <button
          type="button"
          onClick={() => props.onLayout(small ? layout : 'layered')}
          disabled={props.layoutBusy}
        >
          Re-layout
        </button>
      </span>
      <span className="map-group">
        <button type="button" onClick={() => props.onExport('png')}>
          PNG
        </button>
        <button type="button" onClick={() => props.onExport('svg')}>
          SVG
        </button>
      </span>
      <button type="button" className="primary" onClick={props.onAdd}>
        Add node <kbd>N</kbd>
      </button>
      <button type="button" onClick={props.onHelp} aria-label="Keyboard shortcuts">
        Keys <kbd>?</kbd>
      </button>
    </div>
  );
}
