// The DR tests area: what needs attention first (overdue nodes, open critical findings), the test
// plans, and the test opened (plan, live exercise, results and findings).
import { useState } from 'react';
import { drTestFilter, findingFilter, overdueFilter } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import { FilterBanner } from '../../routing/FilterBanner';
import { navigate, useRoute } from '../../routing/navigate';
import { OpenFindingsList } from '../workspace/lists/OpenFindingsList';
import { AttentionPanel } from './AttentionPanel';
import { DrTestPage } from './DrTestPage';
import { PlanForm } from './PlanForm';
import { TestList } from './TestList';
import { ReviewsPanel } from '../resilience/ReviewsPanel';
import './drtests.css';

export function DrTestsView() {
  const tests = useApi(() => api['drtests.list']({}), []);
  const nodes = useApi(() => api['nodes.list']({}), []);
  const runbooks = useApi(() => api['runbooks.list']({}), []);
  const route = useRoute();
  const openId = route.id;
  const setOpenId = (id: string | null) => navigate({ area: 'drtests', id });
  const keepFinding = findingFilter(route.query);
  const keepTest = drTestFilter(route.query);
  const shownTests = keepTest ? (tests.data ?? []).filter(keepTest) : (tests.data ?? []);
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
      {keepFinding ? (
        <OpenFindingsList keep={keepFinding} tests={tests.data ?? []} onOpen={setOpenId} />
      ) : (
        <AttentionPanel
          tests={tests.data ?? []}
          onOpen={setOpenId}
          keepOverdue={overdueFilter(route.query)}
        />
      )}
      <ReviewsPanel />
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
      {keepTest && tests.data && <FilterBanner count={shownTests.length} />}
      <TestList tests={shownTests} nodes={ctx.nodes} loading={tests.loading} onOpen={setOpenId} />
    </section>
  );
}
