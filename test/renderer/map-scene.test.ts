// The map's picture model and first view, on a real graph.map answer: what the overview canvas of a
// big map and the SVG export draw (colours, SPOF badge, red inversion edge, dashed group), and the
// view the overview and the editor open on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DependencyMap, NodeView } from '../../shared/contract';
import { fitView } from '../../renderer/src/features/map/view';
import { indexMap, mapScene, placedBoxes } from '../../shared/presentation/map-scene';
import { KIND_STYLES, MAP_COLORS as COLORS } from '../../shared/presentation/palette';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
const ids: Record<string, string> = {};

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.as('Ana', 'Planner');
  await t.call('workspace.create', { name: 'Scene' });
  const save = async (kind: string, name: string, extra: object = {}) =>
    (ids[name] = (await t.call<NodeView>('nodes.save', { kind, name, ...extra })).id);
  await save('process', 'Billing');
  await save('application', 'ERP', { rtoMinutes: 600 });
  await save('datastore', 'DB A');
  await save('datastore', 'DB B');
  const edge = (c: string, p: string, groupId: string | null = null) =>
    t.call('edges.save', { consumerId: ids[c], providerId: ids[p], groupId });
  await edge('Billing', 'ERP');
  await edge('ERP', 'DB A', 'db');
  await edge('ERP', 'DB B', 'db');
  // Billing's BIA: operational significant at 4 h, WRT 60 → RTO 180 → Tier 0.
  await t.call('bia.rate', {
    processId: ids['Billing'],
    categoryId: 'operational',
    bucketId: '4h',
    severity: 3,
  });
  await t.call('bia.update', { processId: ids['Billing'], wrtMinutes: 60 });
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

describe('map scene', () => {
  it('colours nodes by kind, badges SPOFs, draws the inversion red and the group dashed', async () => {
    const map = await t.call<DependencyMap>('graph.map');
    const index = indexMap(map);
    const boxes = placedBoxes(map);
    const scene = mapScene(map, index, (id) => boxes.get(id) ?? null);
    const node = (name: string) => scene.nodes.find((n) => n.label === name)!;
    const edge = (c: string, p: string) => scene.edges.find((e) => e.from === ids[c] && e.to === ids[p])!;

    expect(scene.nodes).toHaveLength(4);
    expect(node('DB A')).toMatchObject({
      fill: KIND_STYLES.datastore.fill,
      stroke: KIND_STYLES.datastore.stroke,
    });
    // The ERP alone takes Billing down: a SPOF, red border and badge.
    expect(node('ERP')).toMatchObject({ stroke: COLORS.spof, badge: { text: 'SPOF' } });
    expect(node('DB A').badge).toBeUndefined();
    // The ERP (10 h) is slower than Billing needs (3 h): the edge is an inversion, labelled.
    expect(edge('Billing', 'ERP')).toMatchObject({ stroke: COLORS.inversion, width: 3 });
    expect(edge('Billing', 'ERP').label).toMatch(/^RTO inversion \+7 h/);
    expect(edge('ERP', 'DB A')).toMatchObject({ stroke: COLORS.group, dashed: true, label: 'redundant: db' });
    // Each node where the server's layered layout put it: consumers above providers.
    expect(node('Billing').y).toBeLessThan(node('ERP').y);
    expect(node('ERP').y).toBeLessThan(node('DB A').y);
  });

  it('leaves out what is not placed, and the edges that would hang from it', async () => {
    const map = await t.call<DependencyMap>('graph.map');
    const boxes = placedBoxes(map);
    const scene = mapScene(map, indexMap(map), (id) => (id === ids['DB B'] ? null : boxes.get(id)!));
    expect(scene.nodes.map((n) => n.label).sort()).toEqual(['Billing', 'DB A', 'ERP']);
    expect(scene.edges.some((e) => e.to === ids['DB B'])).toBe(false);
    expect(scene.edges).toHaveLength(2);
  });

  it('takes a saved position over the layout', async () => {
    await t.call('graph.savePositions', { positions: [{ id: ids['DB B'], x: 1234, y: -56 }] });
    const map = await t.call<DependencyMap>('graph.map');
    expect(placedBoxes(map).get(ids['DB B']!)).toMatchObject({ x: 1234, y: -56, width: 180, height: 44 });
  });
});

describe('first view of a map', () => {
  const box = (x: number, y: number) => ({
    id: `${x},${y}`,
    x,
    y,
    width: 100,
    height: 40,
    shape: 'rectangle' as const,
    fill: '#fff',
    stroke: '#000',
    label: '',
  });
  const limits = { padding: 40, minZoom: 0.02, maxZoom: 1.1 };

  it('fits the whole map with the padding, centred', () => {
    // Content from x -50..1950 and y -20..420: 2000 × 440 model units into 1040 × 540 pixels.
    const view = fitView([box(0, 0), box(1900, 400)], 1040, 540, limits);
    expect(view.zoom).toBeCloseTo(960 / 2000);
    expect(view.zoom * -50 + view.pan.x).toBeCloseTo(40);
    expect(view.zoom * 1950 + view.pan.x).toBeCloseTo(1000);
    expect(view.zoom * (-20 + 420) * 0.5 + view.pan.y).toBeCloseTo(270);
  });

  it('never enlarges a small map beyond the largest zoom, and never goes below the smallest', () => {
    expect(fitView([box(0, 0)], 1000, 800, limits)).toEqual({ zoom: 1.1, pan: { x: 500, y: 400 } });
    // 200,000 units wide at 0.02 is 4,000 px: the middle of it, centred.
    const wide = fitView([box(0, 0), box(200_000, 0)], 1000, 800, limits);
    expect(wide.zoom).toBe(0.02);
    expect(0.02 * 100_000 + wide.pan.x).toBeCloseTo(500);
  });
});
