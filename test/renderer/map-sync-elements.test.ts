// Reloading a map into cytoscape changes only what changed: untouched elements are the same
// elements (their scratch data survives), edits land, and a big map keeps its nodes in place.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { syncElements } from '../../renderer/src/features/map/sync-elements';

const node = (id: string, x: number, extra: Record<string, unknown> = {}, classes: string[] = []) =>
  ({ group: 'nodes', data: { id, name: id, ...extra }, position: { x, y: 0 }, classes }) as ElementDefinition;
const edge = (id: string, source: string, target: string, classes: string[] = []) =>
  ({ group: 'edges', data: { id, source, target }, classes }) as ElementDefinition;

function start(defs: ElementDefinition[]): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: defs });
  cy.elements().forEach((el) => {
    el.scratch('_original', true);
  });
  return cy;
}
const original = (cy: Core, id: string) => cy.getElementById(id).scratch('_original') === true;

describe('syncElements', () => {
  const before = [node('a', 0), node('b', 100), node('c', 200), edge('ab', 'a', 'b'), edge('bc', 'b', 'c')];

  it('touches nothing when nothing changed', () => {
    const cy = start(before);
    expect(syncElements(cy, before, { keepPositions: false })).toBe(0);
    expect(['a', 'b', 'c', 'ab', 'bc'].every((id) => original(cy, id))).toBe(true);
  });

  it('adds, removes and updates only what differs', () => {
    const cy = start(before);
    const after = [
      node('a', 0, { name: 'A renamed' }),
      node('b', 100, {}, ['spof']),
      node('d', 300),
      edge('ab', 'a', 'b', ['inversion']),
      edge('bd', 'b', 'd'),
    ];
    // c and bc go; d and bd come; a's data, b's classes and ab's classes change.
    expect(syncElements(cy, after, { keepPositions: false })).toBe(7);
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['a', 'b', 'd']);
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual(['ab', 'bd']);
    expect(cy.getElementById('a').data('name')).toBe('A renamed');
    expect(cy.getElementById('b').hasClass('spof')).toBe(true);
    expect(cy.getElementById('ab').hasClass('inversion')).toBe(true);
    // Changed in place, not rebuilt.
    expect(original(cy, 'a') && original(cy, 'b') && original(cy, 'ab')).toBe(true);
  });

  it('replaces an edge whose ends changed', () => {
    const cy = start(before);
    syncElements(
      cy,
      [node('a', 0), node('b', 100), node('c', 200), edge('ab', 'a', 'c'), edge('bc', 'b', 'c')],
      {
        keepPositions: false,
      },
    );
    const ab = cy.getElementById('ab');
    expect([ab.source().id(), ab.target().id()]).toEqual(['a', 'c']);
    expect(original(cy, 'ab')).toBe(false);
  });

  it('moves nodes to new positions, unless asked to keep them where they are', () => {
    const moved = [node('a', 50), node('b', 100), node('c', 200), node('d', 400), edge('ab', 'a', 'b')];
    const free = start(before);
    syncElements(free, moved, { keepPositions: false });
    expect(free.getElementById('a').position('x')).toBe(50);

    const kept = start(before);
    syncElements(kept, moved, { keepPositions: true });
    expect(kept.getElementById('a').position('x')).toBe(0);
    // A new node still takes its place.
    expect(kept.getElementById('d').position('x')).toBe(400);
  });
});
