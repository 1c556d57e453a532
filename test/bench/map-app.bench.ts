// The dependency map in the app, as a person meets it: a workspace of 2,000 or 5,000 generated
// nodes (1.5 dependencies each) served by the browser host, opened in Chromium. Timed in the page
// from the click on "Dependency map": the whole map painted (the server's analysis and layered
// layout, the answer, and the overview canvas), then the cytoscape editor drawn over it; then a
// node added, the widest blast radius shown, and frames per second while the map is dragged like a
// mouse would, at 2,000 nodes.
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/fixtures';
import { generateGraph } from '../fixtures/graph-generator';
import { tempDir, testSession } from '../fixtures/session';
import type { BenchFigure } from './harness';
import { servedPage } from './served-page';

/** Map sizes and their paint budgets; MAP_BENCH_SIZES=2000 runs just one (setup takes a minute at 5,000). */
const SIZES = (
  [
    [2_000, 1_000],
    [5_000, 3_000],
  ] as const
).filter(
  ([size]) => !process.env.MAP_BENCH_SIZES || process.env.MAP_BENCH_SIZES.split(',').includes(String(size)),
);

const OVERVIEW_DRAWN = 'steadfast:map-overview-drawn';
const OVERVIEW_PAINTED = 'steadfast:map-overview-painted';
const EDITOR_DRAWN = 'steadfast:map-editor-drawn';

export async function prepare(
  root: string,
  size: number,
): Promise<{ file: string; edges: number; ms: number; widest: { name: string; failedCount: number } }> {
  const graph = generateGraph({ nodes: size, edgesPerNode: 1.5, seed: 42 });
  const { call, as } = testSession(root);
  await as('Bench', 'Bench');
  await call('workspace.create', { name: `Map bench ${size}` });
  const t0 = performance.now();
  await call('nodes.saveMany', {
    rows: graph.nodes.map((n) => ({ kind: n.kind, name: n.name, rtoMinutes: n.rtoMinutes ?? null })),
  });
  const ids = new Map(
    ((await call('nodes.list', {})) as { id: string; name: string }[]).map((n) => [n.name, n.id]),
  );
  const byGenId = new Map(graph.nodes.map((n) => [n.id, ids.get(n.name)!]));
  // The generator may draw the same need twice (a redundancy group and a plain edge); the app keeps one.
  const seen = new Set<string>();
  for (const e of graph.edges) {
    const pair = `${e.from}>${e.to}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    await call('edges.save', {
      consumerId: byGenId.get(e.from)!,
      providerId: byGenId.get(e.to)!,
      hard: e.hard,
    });
  }
  const ms = performance.now() - t0;
  // The node whose failure takes the most down with it: the blast radius a planner looks at first.
  const { analysis } = (await call('graph.map', {})) as {
    analysis: { blastRadius: { name: string; failedCount: number }[] };
  };
  const widest = analysis.blastRadius.reduce((a, b) => (b.failedCount > a.failedCount ? b : a));
  await call('workspace.close', {});
  return { file: join(root, `Map_bench_${size}.steadfast`), edges: seen.size, ms, widest };
}

/** Page code (a string: the Node-side tsconfig has no DOM types). */
export const OPEN_MAP = `(() => {
  performance.clearMarks();
  const button = [...document.querySelectorAll('nav[aria-label="Areas"] button')]
    .find((b) => b.textContent.trim() === 'Dependency map');
  window.__openedAt = performance.now();
  button.click();
})()`;

const SINCE_OPEN = (mark: string) =>
  `performance.getEntriesByName(${JSON.stringify(mark)})[0].startTime - window.__openedAt`;

/**
 * Drags the empty corner of the map (the fitted view keeps 40 px clear all round) for two seconds,
 * one mouse move per animation frame, with the events cytoscape listens to; resolves with frames
 * per second and the longest frame.
 */
const DRAG = `new Promise((resolve) => {
  const target = document.querySelector('.map-canvas canvas:last-of-type') ?? document.querySelector('.map-canvas');
  const box = target.getBoundingClientRect();
  const at = (x, y) => ({ clientX: x, clientY: y, screenX: x, screenY: y, button: 0, buttons: 1, bubbles: true, cancelable: true, view: window });
  const x0 = box.left + 12;
  const y0 = box.top + 12;
  target.dispatchEvent(new MouseEvent('mousedown', at(x0, y0)));
  let frames = 0;
  let worst = 0;
  const t0 = performance.now();
  let last = t0;
  const frame = (now) => {
    worst = Math.max(worst, now - last);
    last = now;
    frames++;
    window.dispatchEvent(new MouseEvent('mousemove', at(x0 + 40 + 150 * Math.sin(frames / 10), y0 + 40 + 80 * Math.cos(frames / 13))));
    if (now - t0 < 2000) requestAnimationFrame(frame);
    else {
      window.dispatchEvent(new MouseEvent('mouseup', at(x0, y0)));
      resolve({ fps: (frames * 1000) / (now - t0), worst });
    }
  };
  requestAnimationFrame(frame);
})`;

/** When the graph.map answer had fully arrived, from the click. */
const ANSWERED = `(() => {
  const r = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/graph.map')).pop();
  return r ? r.responseEnd - window.__openedAt : NaN;
})()`;

interface Opened {
  answered: number;
  drawn: number;
  painted: number;
  editor: number;
}

/**
 * Adds a node with the map's own form (the server saves it, re-analyses and re-lays the whole map)
 * and resolves with the milliseconds from pressing Enter until the map has drawn it.
 */
async function addNode(page: Page, count: number): Promise<number> {
  await page
    .getByRole('button', { name: /Add node/ })
    .first()
    .click();
  const form = page.getByRole('form', { name: 'Add node' });
  await form.getByLabel('Name').fill('Added in the benchmark');
  const t0 = performance.now();
  await form.getByLabel('Name').press('Enter');
  await page
    .locator(`[data-testid="map-drawn"][data-nodes="${count + 1}"]`)
    .waitFor({ state: 'attached', timeout: 60_000 });
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
  return performance.now() - t0;
}

/**
 * Finds a node with the map's search (it selects the node and brings it into view) and resolves
 * with the milliseconds from pressing Enter until its blast radius is drawn: graph.blastRadius
 * answered and the failed nodes lit on the map.
 */
async function showBlastRadius(page: Page, name: string): Promise<number> {
  // A search field with a list of names is a combobox to assistive technology; its label finds it.
  const search = page.getByLabel('Find a node by name');
  await search.fill(name);
  const t0 = performance.now();
  await search.press('Enter');
  await page
    .locator('[data-testid="map-drawn"]:not([data-failed=""])')
    .waitFor({ state: 'attached', timeout: 60_000 });
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
  return performance.now() - t0;
}

async function openMap(page: Page): Promise<Opened> {
  await page.evaluate(OPEN_MAP);
  await page.locator('[data-testid="map-overview"][data-painted]').waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="map-overview"]').waitFor({ state: 'detached', timeout: 60_000 });
  return {
    answered: await page.evaluate<number>(ANSWERED),
    drawn: await page.evaluate<number>(SINCE_OPEN(OVERVIEW_DRAWN)),
    painted: await page.evaluate<number>(SINCE_OPEN(OVERVIEW_PAINTED)),
    editor: await page.evaluate<number>(SINCE_OPEN(EDITOR_DRAWN)),
  };
}

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const [size, budgetMs] of SIZES) {
      const dir = tempDir('steadfast-bench-map-');
      try {
        const prepared = await prepare(dir.path, size);
        const label = `${size} nodes / ${prepared.edges} edges`;
        const { page, close } = await servedPage(browser, dir.path, prepared.file);
        try {
          await page
            .getByRole('navigation', { name: 'Areas' })
            .getByRole('button', { name: 'Dependency map' })
            .waitFor();
          const { answered, drawn, painted, editor } = await openMap(page);
          figures.push({
            name: `map app: write ${label} (nodes.saveMany, edges.save)`,
            ms: prepared.ms,
            note: 'setup',
          });
          figures.push({
            name: `map app: open map to whole map painted, ${label}`,
            ms: painted,
            budgetMs,
            note: `graph.map answered at ${answered.toFixed(0)} ms, overview drawn at ${drawn.toFixed(0)} ms`,
          });
          figures.push({
            name: `map app: open map to cytoscape editor drawn, ${label}`,
            ms: editor,
            note: 'the overview shows the map meanwhile',
          });
          const added = await addNode(page, size);
          figures.push({
            name: `map app: add a node until drawn, ${label}`,
            ms: added,
            note: 'save, then graph.map (analysis and layout of the whole map), then only the changes redrawn',
          });
          const blast = await showBlastRadius(page, prepared.widest.name);
          figures.push({
            name: `map app: find a node until its blast radius is drawn, ${label}`,
            ms: blast,
            note: `${prepared.widest.name}: ${prepared.widest.failedCount} other nodes fail with it, lit on the map`,
          });
          if (size === 2_000) {
            const drag = await page.evaluate<{ fps: number; worst: number }>(DRAG);
            figures.push({
              name: `map app: dragging the map, ${label}: time per frame`,
              ms: 1000 / drag.fps,
              budgetMs: 1000 / 30,
              note: `${drag.fps.toFixed(1)} fps (budget ≥ 30); longest frame ${drag.worst.toFixed(0)} ms`,
            });
          }
        } finally {
          await close();
        }
      } finally {
        dir.cleanup();
      }
    }
  } finally {
    await browser.close();
  }
  return figures;
}
