// The Releases area: the release list and the release opened (editor, approvals, risk, gate,
// canary), the change calendar, SLOs, delivery metrics and the risk weights, as tabs.
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { navigate, useRoute } from '../../routing/navigate';
import { releaseFilter } from '../../../../shared/contract';
import { CalendarPanel } from './CalendarPanel';
import { DeliveryPanel } from './DeliveryPanel';
import { ReleaseList } from './ReleaseList';
import { ReleasePage } from './ReleasePage';
import { RiskWeightsPanel } from './RiskWeightsPanel';
import { SlosPanel } from './SlosPanel';
import './releases.css';

const TABS = [
  { id: 'list', label: 'Releases' },
  { id: 'calendar', label: 'Calendar' },
  { id: 'slos', label: 'SLOs' },
  { id: 'delivery', label: 'Delivery metrics' },
  { id: 'weights', label: 'Risk weights' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export function ReleasesView() {
  // The release opened and the tab shown live in the address, so a reload or a link lands here.
  const route = useRoute();
  const openId = route.id;
  const tab: TabId = TABS.find((t) => t.id === route.query.tab)?.id ?? 'list';
  const setTab = (id: TabId) => navigate({ area: 'releases', query: id === 'list' ? {} : { tab: id } });
  const setOpenId = (id: string | null) => navigate({ area: 'releases', id });
  const nodes = useApi(() => api['nodes.list']({}), []);
  const runbooks = useApi(() => api['runbooks.list']({}), []);
  const services = (nodes.data ?? []).filter((n) => n.kind !== 'process');
  const ctx = { services, runbooks: runbooks.data ?? [] };

  if (openId) return <ReleasePage key={openId} releaseId={openId} {...ctx} onBack={() => setOpenId(null)} />;
  return (
    <section className="releases" aria-labelledby="rel-title">
      <h1 id="rel-title">Releases</h1>
      <ErrorNotice message={nodes.error ?? runbooks.error} />
      <div className="tabs" role="tablist" aria-label="Release views">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            className={tab === t.id ? 'tab active' : 'tab'}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tab === 'list' && <ReleaseList {...ctx} onOpen={setOpenId} keep={releaseFilter(route.query)} />}
      {tab === 'calendar' && <CalendarPanel services={services} onOpen={setOpenId} />}
      {tab === 'slos' && <SlosPanel services={services} />}
      {tab === 'delivery' && <DeliveryPanel />}
      {tab === 'weights' && <RiskWeightsPanel />}
    </section>
  );
}
