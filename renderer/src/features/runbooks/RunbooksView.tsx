// The Runbooks area: the list with each runbook's chance of meeting its RTO, creation from a
// template or blank, and the editor of the one opened.
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { CreateRunbook } from './CreateRunbook';
import { RunbookEditor } from './RunbookEditor';
import { RunbookList } from './RunbookList';
import './runbooks.css';

export function RunbooksView() {
  const list = useApi(() => api['runbooks.list']({}), []);
  const nodes = useApi(() => api['nodes.list']({}), []);
  const [openId, setOpenId] = useState<string | null>(null);
  const nodeList = nodes.data ?? [];

  if (openId) return <RunbookEditor key={openId} runbookId={openId} nodes={nodeList} onOpen={setOpenId} />;
  return (
    <section className="runbooks" aria-labelledby="rb-title">
      <div className="row spread">
        <h1 id="rb-title">Runbooks</h1>
      </div>
      <ErrorNotice message={list.error ?? nodes.error} />
      <div className="rb-top">
        <RunbookList rows={list.data ?? []} nodes={nodeList} loading={list.loading} onOpen={setOpenId} />
        <CreateRunbook nodes={nodeList} onCreated={setOpenId} />
      </div>
    </section>
  );
}
