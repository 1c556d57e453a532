// The registers area: processes, resources, impact categories, time buckets and tiers, one tab each.
import { useState, type KeyboardEvent } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { BucketsRegister, CategoriesRegister, TiersRegister } from './ConfigRegisters';
import { LevelDefinitions } from './LevelDefinitions';
import { NodeRegister } from './NodeRegister';

const TABS = [
  { id: 'processes', label: 'Processes' },
  { id: 'resources', label: 'Resources' },
  { id: 'categories', label: 'Impact categories' },
  { id: 'levels', label: 'Level definitions' },
  { id: 'buckets', label: 'Time buckets' },
  { id: 'tiers', label: 'Tiers' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function RegistersView() {
  const registers = useApi(() => api['registers.get']({}), []);
  const [tab, setTab] = useState<TabId>('processes');
  const tiers = registers.data?.tiers ?? [];

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const i = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : -2;
    if (next === -2) return;
    const t = TABS[(next + TABS.length) % TABS.length]!;
    setTab(t.id);
    document.getElementById(`tab-${t.id}`)?.focus();
  }

  return (
    <section className="registers" aria-labelledby="registers-title">
      <h1 id="registers-title">Registers</h1>
      <div role="tablist" aria-label="Registers" className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === tab}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === tab ? 0 : -1}
            className={t.id === tab ? 'tab active' : 'tab'}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <ErrorNotice message={registers.error} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'processes' && <NodeRegister key="process" scope="process" tiers={tiers} />}
        {tab === 'resources' && <NodeRegister key="resource" scope="resource" tiers={tiers} />}
        {tab === 'categories' && <CategoriesRegister registers={registers.data} />}
        {tab === 'levels' && <LevelDefinitions />}
        {tab === 'buckets' && <BucketsRegister registers={registers.data} />}
        {tab === 'tiers' && <TiersRegister registers={registers.data} />}
      </div>
    </section>
  );
}
