// One scene, every picture: the SVG export and the PDF evidence pack's map draw the same scene, on a
// real graph.map answer with a node of every kind; the PDF is read back with poppler's pdftotext.
// (test/renderer/map-palette.test.ts compares the app's cytoscape styles with the PDF's.)
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DependencyMap, NodeView } from '../../shared/contract';
import { NODE_KINDS } from '../../shared/domain/model';
import { placedScene } from '../../shared/presentation/map-scene';
import { renderMapSvg } from '../../shared/presentation/svg';
import { drawDependencyMap, pdfMapScene } from '../../electron/core/reports/pdf/charts/dependency-map';
import { PdfWriter } from '../../electron/core/reports/pdf/writer';
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

describe('one scene', () => {
  it('the PDF map is the scene the overview and the SVG export draw', () => {
    expect(pdfMapScene(map)).toEqual(placedScene(map));
  });

  it('prints the same names and sub-labels as the SVG', async () => {
    const scene = pdfMapScene(map);
    const svg = renderMapSvg({ ...scene, title: 'Picture' });
    const path = join(dir.path, 'map.pdf');
    const w = new PdfWriter({ at: new Date('2026-03-02T09:00:00Z'), title: 't', author: 'a', subject: 's' });
    await w.saveTo(path, () => {
      w.newPage('landscape');
      drawDependencyMap(w, scene, { height: w.bottom - w.y });
    });
    const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
    for (const n of scene.nodes) {
      expect(svg).toContain(`>${n.label}<`);
      expect(text).toContain(n.label);
      expect(svg).toContain(`>${n.sublabel!}<`);
      expect(text).toContain(n.sublabel!);
    }
    // Durations read the same in both: "RTO 1 h 30 min", never cut.
    expect(text).toContain('RTO 1 h 30 min');
  });
});
