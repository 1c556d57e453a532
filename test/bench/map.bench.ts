// Layouts side by side on generated maps of 2,000 and 5,000 nodes (1.5 edges per node): our layered
// layout (in Node, as the app computes it off the UI thread) plus cytoscape's first paint of every
// element at preset positions, against fcose and ELK layered on the same graphs (capped). A bare
// page with cytoscape's UMD bundles and the map's large-map settings; the budgets for opening the
// map and dragging it are measured in the app itself (map-app.bench.ts).
import { chromium, type Browser, type Page } from 'playwright-core';
import type { CytoscapeOptions, ElementDefinition } from 'cytoscape';
import { layoutGraph } from '../../shared/domain/graph/layout/layout';
import type { GraphInput } from '../../shared/domain/graph/types';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/fixtures';
import { generateGraph, toLayoutInput } from '../fixtures/graph-generator';
import type { BenchFigure } from './harness';

const LIBS = [
  'node_modules/cytoscape/dist/cytoscape.min.js',
  'node_modules/layout-base/layout-base.js',
  'node_modules/cose-base/cose-base.js',
  'node_modules/cytoscape-fcose/cytoscape-fcose.js',
  'node_modules/cytoscape-elk/node_modules/elkjs/lib/elk.bundled.js',
  'node_modules/cytoscape-elk/dist/cytoscape-elk.js',
];
const CAP_MS = 60_000;
/** The app's node box (electron/core/services/graph.ts) and layout gaps. */
const BOX = { width: 180, height: 44 };

/** Only what these page functions use; the page has cytoscape as a global from its UMD bundle. */
interface PageCore {
  one(event: string, fn: () => void): void;
  layout(o: Record<string, unknown>): { one(e: string, fn: () => void): void; run(): void };
  nodes(): { length: number };
  destroy(): void;
}
interface PageGlobals {
  cytoscape: (o: CytoscapeOptions) => PageCore;
  cy?: PageCore;
  document: { getElementById(id: string): unknown };
  requestAnimationFrame(fn: () => void): void;
}

/** A style like the map's at large sizes: labels skipped when small, straight edges with arrows. */
const STYLE = [
  {
    selector: 'node',
    style: {
      shape: 'round-rectangle',
      width: BOX.width,
      height: BOX.height,
      'background-color': '#dbe7fb',
      'border-color': '#1f5fbf',
      'border-width': 1.5,
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': '168',
      'text-valign': 'center',
      'font-size': 12,
      'min-zoomed-font-size': 8,
    },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#98a1b1',
      'target-arrow-color': '#98a1b1',
      'target-arrow-shape': 'triangle',
      'curve-style': 'straight',
    },
  },
];

function elements(
  graph: GraphInput,
  positions: Map<string, { x: number; y: number }> | null,
): ElementDefinition[] {
  return [
    ...graph.nodes.map((n): ElementDefinition => ({
      group: 'nodes',
      data: { id: n.id, label: `${n.name}\nTier ${n.tierRank ?? '—'}` },
      position: positions?.get(n.id) ?? { x: 0, y: 0 },
    })),
    ...graph.edges.map((e): ElementDefinition => ({
      group: 'edges',
      data: { id: e.id, source: e.from, target: e.to },
    })),
  ];
}

async function openPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.setContent(
    '<!doctype html><html><body style="margin:0"><div id="cy" style="width:1280px;height:800px"></div></body></html>',
  );
  // tsx names functions with a `__name` helper that does not exist in the page.
  await page.addScriptTag({ content: 'window.__name = (f) => f;' });
  for (const path of LIBS) await page.addScriptTag({ path });
  // A page stuck in a synchronous layout may not close politely: give up on it after 10 s.
  const close = () => Promise.race([context.close(), new Promise<void>((r) => setTimeout(r, 10_000))]);
  return { page, close };
}

async function firstPaint(page: Page, els: ElementDefinition[], style: unknown): Promise<number> {
  return page.evaluate(
    ({ els, style }) =>
      new Promise<number>((resolve) => {
        const w = globalThis as unknown as PageGlobals;
        const t0 = performance.now();
        const cy = w.cytoscape({
          container: w.document.getElementById('cy') as CytoscapeOptions['container'],
          elements: els,
          style: style as CytoscapeOptions['style'],
          layout: { name: 'preset' },
          textureOnViewport: true,
          hideEdgesOnViewport: true,
          pixelRatio: 1,
          motionBlur: false,
        });
        w.cy = cy;
        // 'render' fires once cytoscape has drawn a frame; the next animation frame is on screen.
        cy.one('render', () => w.requestAnimationFrame(() => resolve(performance.now() - t0)));
      }),
    { els, style },
  );
}

/** fcose or ELK layered on the graph, in its own page; null when it did not finish within the cap. */
async function inPageLayout(
  browser: Browser,
  name: 'fcose' | 'elk',
  els: ElementDefinition[],
): Promise<number | null> {
  const { page, close } = await openPage(browser);
  try {
    await firstPaint(page, els, STYLE);
    const run = page.evaluate(
      (name) =>
        new Promise<number>((resolve) => {
          const w = globalThis as unknown as PageGlobals;
          const options =
            name === 'fcose'
              ? { name: 'fcose', animate: false, randomize: true, fit: false }
              : {
                  name: 'elk',
                  animate: false,
                  fit: false,
                  elk: { algorithm: 'layered', 'elk.direction': 'DOWN' },
                };
          const t0 = performance.now();
          const layout = w.cy!.layout(options);
          layout.one('layoutstop', () => resolve(performance.now() - t0));
          layout.run();
        }),
      name,
    );
    const capped = new Promise<null>((r) => setTimeout(() => r(null), CAP_MS));
    return await Promise.race([run.catch(() => null), capped]);
  } finally {
    await close();
  }
}

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const size of [2_000, 5_000]) {
      const graph = generateGraph({ nodes: size, edgesPerNode: 1.5, seed: 42 });
      const input = toLayoutInput(graph);
      const boxed = { nodes: input.nodes.map((n) => ({ ...n, ...BOX })), edges: input.edges };
      const t0 = performance.now();
      const layout = layoutGraph(boxed, { layerGap: 90, nodeGap: 30 });
      const layoutMs = performance.now() - t0;
      const els = elements(graph, new Map(layout.nodes.map((n) => [n.id, { x: n.x, y: n.y }])));
      const label = `${size} nodes / ${graph.edges.length} edges`;

      const { page, close } = await openPage(browser);
      try {
        const paintMs = await firstPaint(page, els, STYLE);
        figures.push({ name: `map layered layout in Node, ${label}`, ms: layoutMs });
        figures.push({ name: `map first paint, preset positions, ${label}`, ms: paintMs });
        figures.push({
          name: `map layered layout + cytoscape paint of everything, ${label}`,
          ms: layoutMs + paintMs,
          note: `${layout.layerCount} layers; the app paints its overview first (map-app)`,
        });
      } finally {
        await close();
      }

      // Their positions start from ours; fcose randomises, ELK ignores them.
      for (const name of ['fcose', 'elk'] as const) {
        const ms = await inPageLayout(browser, name, els);
        figures.push({
          name: `map ${name === 'elk' ? 'ELK layered' : 'fcose'} in Chromium, ${label}`,
          ms: ms ?? CAP_MS,
          note: ms === null ? `> ${CAP_MS / 1000} s (stopped)` : 'beside ours: layered layout + paint above',
        });
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}
