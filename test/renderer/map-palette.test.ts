// One palette: the app's cytoscape map and the PDF evidence pack's map give every node kind the same
// colours and shape, and the heat maps the same severity colours, on a real graph.map answer with a
// node of every kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DependencyMap, NodeView } from '../../shared/contract';
import { NODE_KINDS, SEVERITIES } from '../../shared/domain/model';
import { indexMap } from '../../shared/presentation/map-scene';
import { KIND_STYLES, severityFill, severityInk } from '../../shared/presentation/palette';
import { toElements } from '../../renderer/src/features/map/elements';
import * as appSeverity from '../../renderer/src/components/severity';
import { pdfMapScene } from '../../electron/core/reports/pdf/charts/dependency-map';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
let map: DependencyMap;

beforeAll(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  await t.as('Ana', 'Planner');
  await t.call('workspace.create', { name: 'Picture' });
  const ids: string[] = [];
  for (const kind of NODE_KINDS) {
    const node = await t.call<NodeView>('nodes.save', { kind, name: `A ${kind}`, rtoMinutes: 90 });
    ids.push(node.id);
  }
  // A chain through every kind, so every node has an edge and the map has layers.
  for (let i = 0; i + 1 < ids.length; i++) {
    await t.call('edges.save', { consumerId: ids[i], providerId: ids[i + 1], groupId: null });
  }
  map = await t.call<DependencyMap>('graph.map');
});
afterAll(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

describe('one palette', () => {
  it('gives every node kind the same fill, stroke and shape in the app and in the PDF', () => {
    const app = new Map(
      toElements(map, indexMap(map))
        .filter((e) => e.group === 'nodes')
        .map((e) => [e.data['kind'] as string, e.data]),
    );
    const pdf = pdfMapScene(map);
    for (const kind of NODE_KINDS) {
      const node = map.nodes.find((n) => n.kind === kind)!;
      const printed = pdf.nodes.find((n) => n.id === node.id)!;
      const style = KIND_STYLES[kind];
      expect(app.get(kind), kind).toMatchObject({
        fill: style.fill,
        stroke: style.stroke,
        shape: style.shape,
      });
      expect(printed.fill, kind).toBe(app.get(kind)!['fill']);
      expect(printed.shape, kind).toBe(app.get(kind)!['shape']);
    }
    // Seven kinds, seven distinct fills and strokes.
    expect(new Set(NODE_KINDS.map((k) => KIND_STYLES[k].fill)).size).toBe(NODE_KINDS.length);
    expect(new Set(NODE_KINDS.map((k) => KIND_STYLES[k].stroke)).size).toBe(NODE_KINDS.length);
  });

  it('colours severities the same on screen and in the PDF heat map', () => {
    for (const s of [...SEVERITIES, null]) {
      expect(appSeverity.severityFill(s)).toBe(severityFill(s));
      expect(appSeverity.severityInk(s)).toBe(severityInk(s));
    }
  });
});
