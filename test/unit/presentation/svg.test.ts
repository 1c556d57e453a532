import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../../../shared/domain/graph/layout/layout';
import type { SceneNode as SvgNode } from '../../../shared/presentation/map-scene';
import { borderPoint, escapeXml, renderMapSvg } from '../../../shared/presentation/svg';

const box = (id: string, x: number, y: number, extra: Partial<SvgNode> = {}): SvgNode => ({
  id,
  x,
  y,
  width: 180,
  height: 44,
  shape: 'round-rectangle',
  fill: '#eef',
  stroke: '#336',
  label: id,
  ...extra,
});

describe('renderMapSvg', () => {
  it('draws every node and edge, escaped, with an arrow per edge colour', () => {
    const svg = renderMapSvg({
      title: 'Map <of> "Meridian" & co',
      nodes: [
        box('Billing & pay', 100, 30, {
          sublabel: 'Tier 0 · RTO 1 h',
          badge: { text: 'SPOF', fill: '#b3261e', color: '#fff' },
        }),
        box('Ledger', 100, 150, { shape: 'hexagon', outline: '#8a4bd1' }),
      ],
      edges: [
        {
          id: 'e1',
          from: 'Billing & pay',
          to: 'Ledger',
          stroke: '#d0312d',
          width: 3,
          label: 'RTO inversion',
        },
        { id: 'e2', from: 'Billing & pay', to: 'missing', stroke: '#888' },
      ],
      legend: [{ label: 'Process', fill: '#eef', stroke: '#336' }],
    });
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('Map &lt;of&gt; &quot;Meridian&quot; &amp; co');
    expect(svg).toContain('>Billing &amp; pay<');
    expect(svg).toContain('>SPOF<');
    expect(svg).toContain('>RTO inversion<');
    expect(svg).toContain('<polygon');
    expect(svg).toContain('stroke-dasharray="4 3"');
    // The dangling edge is skipped, not drawn to nowhere.
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    expect(svg.match(/<marker /g)).toHaveLength(1);
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('starts the line at the consumer border and ends it at the provider border', () => {
    const a = box('a', 100, 30);
    expect(borderPoint(a, 100, 150)).toEqual({ x: 100, y: 52 });
    expect(borderPoint(a, 400, 30)).toEqual({ x: 190, y: 30 });
    const svg = renderMapSvg({
      nodes: [a, box('b', 100, 150)],
      edges: [{ id: 'e', from: 'a', to: 'b', stroke: '#000' }],
      margin: 0,
    });
    // Shifted so the top of the content (the badge room above a) sits at the margin.
    expect(svg).toMatch(/<polyline points="100,52 100,128"/);
  });

  it('draws a layered layout of a few hundred nodes with its bend points, finite throughout', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => ({ id: `n${i}` }));
    const edges = Array.from({ length: 450 }, (_, i) => ({
      id: `e${i}`,
      from: `n${i % 150}`,
      to: `n${150 + ((i * 7) % 150)}`,
    }));
    const layout = layoutGraph({ nodes, edges });
    const svg = renderMapSvg({
      nodes: layout.nodes.map((l) => box(l.id, l.x, l.y, { width: l.width, height: l.height })),
      edges: layout.edges.map((l) => {
        const e = edges.find((x) => x.id === l.id)!;
        return { id: l.id, from: e.from, to: e.to, bends: l.points.slice(1, -1), stroke: '#555' };
      }),
    });
    expect(svg.match(/<g data-id=/g)).toHaveLength(300);
    expect(svg.match(/<polyline/g)).toHaveLength(450);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('escapes all five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
