// The DR tests area: what needs attention first (overdue nodes, open critical findings), the test
// plans, and the test opened (plan, live exercise, results and findings).
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { AttentionPanel } from './AttentionPanel';
import { DrTestPage } from './DrTestPage';
import { PlanForm } from './PlanForm';
import { TestList } from './TestList';
import './drtests.css';

export function DrTestsView() {
  const tests = useApi(() => api['drtests.list']({}), []);
  const nodes = useApi(() => api['nodes.list']({}), []);
  const runbooks = useApi(() => api['runbooks.list']({}), []);
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const ctx = { nodes: nodes.data ?? [], runbooks: runbooks.data ?? [] };

  if (openId) return <DrTestPage key={openId} testId={openId} {...ctx} onBack={() => setOpenId(null)} />;
  return (
    <section className="drtests" aria-labelledby="dr-title">
      <div className="row spread">
        <h1 id="dr-title">DR tests</h1>
        <button type="button" className="primary" onClick={() => setCreating((c) => !c)}>
          {creating ? 'Cancel' : 'Plan a DR test'}
        </button>
      </div>
      <ErrorNotice message={tests.error ?? nodes.error ?? runbooks.error} />
      <AttentionPanel tests={tests.data ?? []} onOpen={setOpenId} />
      {creating && (
        <PlanForm
          {...ctx}
          onSaved={(id) => {
            setCreating(false);
            setOpenId(id);
          }}
        />
      )}
      <h2>Test plans</h2>
      <TestList tests={tests.data ?? []} nodes={ctx.nodes} loading={tests.loading} onOpen={setOpenId} />
    </section>
  );
}
