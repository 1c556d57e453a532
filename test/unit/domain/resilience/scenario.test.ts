// Scenario × service arithmetic against hand-worked cases: propagation with redundancy groups,
// cycles, selectors, tolerances and remediation.
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphInput, GraphNode } from '../../../../shared/domain/graph';
import {
  recomputeCell,
  remediationHints,
  scenarioMatrix,
  type ResilienceInput,
  type RunbookSpec,
  type ScenarioSpec,
  type ServiceSpec,
} from '../../../../shared/domain/resilience';
import type { NodeKind } from '../../../../shared/domain/model';

const node = (id: string, kind: NodeKind, restore?: number): GraphNode => ({
  id,
  name: id,
  kind,
  ...(restore === undefined ? {} : { restoreMinutes: restore }),
});
const hard = (from: string, to: string, groupId?: string): GraphEdge => ({
  id: `${from}>${to}`,
  from,
  to,
  hard: true,
  ...(groupId ? { groupId } : {}),
});

function input(
  graph: GraphInput,
  services: ServiceSpec[],
  scenarios: ScenarioSpec[],
  runbooks: RunbookSpec[] = [],
): ResilienceInput {
  return { graph, services, scenarios, runbooks, mc: { runs: 10_000, seed: 7 } };
}
const svc = (nodeIds: string[], tol: number | null, id = 'S'): ServiceSpec => ({
  id,
  name: id,
  nodeIds,
  toleranceMinutes: tol,
});
const fails = (...nodeIds: string[]): ScenarioSpec => ({
  id: 'X',
  name: 'X',
  failures: nodeIds.map((nodeId) => ({ type: 'node' as const, nodeId })),
});

// P (30 min) needs app A (60) needs database D (90).
const chain: GraphInput = {
  nodes: [node('P', 'process', 30), node('A', 'application', 60), node('D', 'datastore', 90)],
  edges: [hard('P', 'A'), hard('A', 'D')],
};

describe('scenario recovery along the critical path', () => {
  it('adds own times down the chain: 30 + 60 + 90 = 180 min, within a 200-minute tolerance', () => {
    const cell = scenarioMatrix(input(chain, [svc(['P'], 200)], [fails('D')])).scenarios[0]!.cells[0]!;
    expect(cell.status).toBe('within');
    expect(cell.achievableMinutes).toBe(180);
    expect(cell.probability).toBe(1);
    expect(cell.path.map((p) => p.nodeId)).toEqual(['P', 'A', 'D']);
  });

  it('breaches a 150-minute tolerance by 30 minutes and names the breaching path', () => {
    const out = scenarioMatrix(input(chain, [svc(['P'], 150)], [fails('D')])).scenarios[0]!;
    const cell = out.cells[0]!;
    expect(cell.status).toBe('breach');
    expect(cell.probability).toBe(0);
    expect(cell.explanation).toContain('30 min beyond');
    expect(cell.explanation).toContain('P → A → D');
    expect(out.failedNodeIds).toEqual(['D', 'A', 'P']);
  });

  it('leaves a service untouched when the failure does not reach its footprint', () => {
    const graph: GraphInput = { nodes: [...chain.nodes, node('Q', 'process', 5)], edges: chain.edges };
    const cell = scenarioMatrix(input(graph, [svc(['Q'], 60)], [fails('D')])).scenarios[0]!.cells[0]!;
    expect(cell.status).toBe('unaffected');
    expect(cell.probability).toBe(1);
  });

  it('a redundancy group keeps the consumer up while one member survives, and waits for the fastest when all fail', () => {
    const graph: GraphInput = {
      nodes: [node('P', 'process', 10), node('D1', 'datastore', 100), node('D2', 'datastore', 40)],
      edges: [hard('P', 'D1', 'g'), hard('P', 'D2', 'g')],
    };
    const one = scenarioMatrix(input(graph, [svc(['P'], 30)], [fails('D1')])).scenarios[0]!.cells[0]!;
    expect(one.status).toBe('unaffected');
    const both = scenarioMatrix(input(graph, [svc(['P'], 30)], [fails('D1', 'D2')])).scenarios[0]!.cells[0]!;
    expect(both.achievableMinutes).toBe(50); // 10 + min(100, 40)
    expect(both.path.map((p) => p.nodeId)).toEqual(['P', 'D2']);
  });

  it('times a dependency cycle as one unit (the sum of its members) and terminates', () => {
    const graph: GraphInput = {
      nodes: [node('P', 'process', 5), node('A', 'application', 10), node('B', 'application', 20)],
      edges: [hard('P', 'A'), hard('A', 'B'), hard('B', 'A')],
    };
    const cell = scenarioMatrix(input(graph, [svc(['P'], 60)], [fails('A')])).scenarios[0]!.cells[0]!;
    expect(cell.achievableMinutes).toBe(35);
    expect(cell.status).toBe('within');
  });

  it('"all of" a provider takes down every direct consumer, redundant or soft, where the node alone would not', () => {
    const graph: GraphInput = {
      nodes: [
        node('P', 'process', 10),
        node('R1', 'infrastructure', 20),
        node('R2', 'infrastructure', 30),
        node('V', 'vendor', 0),
      ],
      edges: [
        hard('P', 'R1', 'g'),
        hard('P', 'R2', 'g'),
        { id: 'R1>V', from: 'R1', to: 'V', hard: false },
        hard('R2', 'V'),
      ],
    };
    const alone = scenarioMatrix(input(graph, [svc(['P'], 60)], [fails('V')])).scenarios[0]!.cells[0]!;
    expect(alone.status).toBe('unaffected'); // R1 needs V only softly and carries the group
    const all = scenarioMatrix(
      input(graph, [svc(['P'], 60)], [{ id: 'X', name: 'X', failures: [{ type: 'all-of', nodeId: 'V' }] }]),
    ).scenarios[0]!.cells[0]!;
    expect(all.achievableMinutes).toBe(30); // 10 + min(R1 20, R2 30 + V 0)
  });

  it('loss of staff fails every people node; an unknown node is named, not silently dropped', () => {
    const graph: GraphInput = {
      nodes: [node('P', 'process', 10), node('Ops', 'people', 120)],
      edges: [hard('P', 'Ops')],
    };
    const out = scenarioMatrix(
      input(
        graph,
        [svc(['P'], 60)],
        [
          {
            id: 'X',
            name: 'X',
            failures: [
              { type: 'kind', kind: 'people' },
              { type: 'node', nodeId: 'gone' },
            ],
          },
        ],
      ),
    ).scenarios[0]!;
    expect(out.cells[0]!.achievableMinutes).toBe(130);
    expect(out.problems).toEqual([
      'Node "gone" is not on the map (retired or unknown); that failure is ignored.',
    ]);
  });

  it('a service with no tolerance reports its time but no probability', () => {
    const cell = scenarioMatrix(input(chain, [svc(['P'], null)], [fails('D')])).scenarios[0]!.cells[0]!;
    expect(cell.status).toBe('no-tolerance');
    expect(cell.probability).toBeNull();
  });
});

describe('P(recover within tolerance)', () => {
  // One step, PERT(0, 50, 100): alpha = beta = 3, symmetric about 50, so P(≤ 50) = 1/2 exactly.
  const rb: RunbookSpec = {
    id: 'rb',
    name: 'Restore D',
    steps: [
      {
        id: 's',
        title: 'restore',
        minMinutes: 0,
        likelyMinutes: 50,
        maxMinutes: 100,
        dependsOn: [],
        restoresNodeIds: ['D'],
      },
    ],
  };
  const graph: GraphInput = {
    nodes: [node('P', 'process', 10), node('D', 'datastore')],
    edges: [hard('P', 'D')],
  };

  it('is one half for a symmetric PERT at its mode, within three standard errors', () => {
    const cell = scenarioMatrix(input(graph, [svc(['P'], 60)], [fails('D')], [rb])).scenarios[0]!.cells[0]!;
    expect(cell.achievableMinutes).toBe(60); // 10 + likely 50
    expect(cell.path[1]).toMatchObject({ nodeId: 'D', source: 'runbook', runbookId: 'rb' });
    const se = Math.sqrt(0.25 / 10_000);
    expect(cell.standardError).toBeCloseTo(se, 6);
    expect(Math.abs(cell.probability! - 0.5)).toBeLessThan(3 * se);
    expect(Math.abs(cell.meanMinutes! - 60)).toBeLessThan((3 * (100 / Math.sqrt(28))) / 100); // sd of PERT(0,50,100) = 100/√28
  });

  it('is reproducible from its seed', () => {
    const a = scenarioMatrix(input(graph, [svc(['P'], 60)], [fails('D')], [rb])).scenarios[0]!.cells[0]!;
    const b = scenarioMatrix(input(graph, [svc(['P'], 60)], [fails('D')], [rb])).scenarios[0]!.cells[0]!;
    expect(a.probability).toBe(b.probability);
  });

  it('a measured recovery replaces the runbook estimate (constant, so P is 0 or 1)', () => {
    const measured: GraphInput = {
      nodes: [node('P', 'process', 10), { ...node('D', 'datastore'), provenMinutes: 70 }],
      edges: [hard('P', 'D')],
    };
    const cell = scenarioMatrix(input(measured, [svc(['P'], 60)], [fails('D')], [rb])).scenarios[0]!
      .cells[0]!;
    expect(cell.achievableMinutes).toBe(80);
    expect(cell.probability).toBe(0);
  });
});

describe('remediation', () => {
  const rb: RunbookSpec = {
    id: 'rb',
    name: 'Restore D',
    steps: [
      {
        id: 's1',
        title: 'rebuild',
        minMinutes: 60,
        likelyMinutes: 90,
        maxMinutes: 180,
        dependsOn: [],
        restoresNodeIds: [],
      },
      {
        id: 's2',
        title: 'verify',
        minMinutes: 5,
        likelyMinutes: 10,
        maxMinutes: 20,
        dependsOn: ['s1'],
        restoresNodeIds: ['D'],
      },
    ],
  };
  const graph: GraphInput = {
    nodes: [node('P', 'process', 10), node('A', 'application', 10), node('D', 'datastore')],
    edges: [hard('P', 'A'), hard('A', 'D')],
  };
  const inp = input(graph, [svc(['P'], 90)], [fails('D')], [rb]);

  it('a redundant pair for the root cause takes the service out of the scenario; a faster step raises P', () => {
    const cell = scenarioMatrix(inp).scenarios[0]!.cells[0]!;
    expect(cell.status).toBe('breach'); // 10 + 10 + 90 + 10 = 120 > 90
    expect(cell.achievableMinutes).toBe(120);
    const twin = recomputeCell(inp, 'X', 'S', [{ type: 'redundant', nodeId: 'A' }]);
    expect(twin.status).toBe('unaffected');
    const hints = remediationHints(inp, cell);
    const faster = hints.find((h) => h.change.type === 'step')!;
    expect(faster.change).toMatchObject({ stepId: 's1', minMinutes: 30, likelyMinutes: 45, maxMinutes: 90 });
    expect(faster.achievableMinutes).toBe(75);
    expect(faster.probability!).toBeGreaterThan(cell.probability!);
    expect(hints[0]!.probability).toBe(1);
  });
});
