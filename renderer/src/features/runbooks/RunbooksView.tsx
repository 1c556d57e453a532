// The Runbooks area: the list with each runbook's chance of meeting its RTO, creation from a
// template or blank, and the editor of the one opened.
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { runbookFilter } from '../../../../shared/contract';
import { FilterBanner } from '../../routing/FilterBanner';
import { navigate, useRoute } from '../../routing/navigate';
import { CreateRunbook } from './CreateRunbook';
import { RunbookEditor } from './RunbookEditor';
import { RunbookList } from './RunbookList';
import './runbooks.css';

export function RunbooksView() {
  const list = useApi(() => api['runbooks.list']({}), []);
  const nodes = useApi(() => api['nodes.list']({}), []);
  const route = useRoute();
  const openId = route.id;
  const setOpenId = (id: string | null) => navigate({ area: 'runbooks', id });
  const keep = runbookFilter(route.query);
  const rows = keep ? (list.data ?? []).filter(keep) : (list.data ?? []);
  const nodeList = nodes.data ?? [];

  if (openId) return <RunbookEditor key={openId} runbookId={openId} nodes={nodeList} onOpen={setOpenId} />;
  return (
    <section className="runbooks" aria-labelledby="rb-title">
      <div className="row spread">
        <h1 id="rb-title">Runbooks</h1>
      </div>
      <ErrorNotice message={list.error ?? nodes.error} />
      {list.data && <FilterBanner count={rows.length} />}
      <div className="rb-top">
        <RunbookList rows={rows} nodes={nodeList} loading={list.loading} onOpen={setOpenId} />
        <CreateRunbook nodes={nodeList} onCreated={setOpenId} />
      </div>
    </section>
  );
}
