// Reloading a map into cytoscape changes only what changed: untouched elements are the same
// elements (their scratch data survives), edits land, and a big map keeps its nodes in place.
// The view's classes and the selection go on the same way: only the elements that change.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { BlastRadius } from '../../shared/domain/graph';
import { syncElements } from '../../renderer/src/features/map/sync-elements';
import { applySelection, applyViewClasses } from '../../renderer/src/features/map/view-classes';

const node = (id: string, x: number, extra: Record<string, unknown> = {}, classes: string[] = []) =>
  ({ group: 'nodes', data: { id, name: id, ...extra }, position: { x, y: 0 }, classes }) as ElementDefinition;
const edge = (id: string, source: string, target: string, classes: string[] = []) =>
  ({ group: 'edges', data: { id, source, target }, classes }) as ElementDefinition;

function start(defs: ElementDefinition[]): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    // A copy: cytoscape keeps the definition's position object as the node's own and moves it.
    elements: structuredClone(defs),
    layout: { name: 'preset' },
  });
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

describe('syncElements and the view', () => {
  it('keeps the classes the view put on (a dimmed node stays dimmed) while it updates the map’s own', () => {
    const cy = start([node('a', 0, {}, ['spof']), node('b', 100)]);
    cy.getElementById('a').addClass('dimmed');
    cy.getElementById('b').addClass('hidden failed');
    const touched = syncElements(cy, [node('a', 0, {}, ['cycle']), node('b', 100)], { keepPositions: false });
    expect(touched).toBe(1);
    expect(cy.getElementById('a').classes().sort()).toEqual(['cycle', 'dimmed']);
    expect(cy.getElementById('b').classes().sort()).toEqual(['failed', 'hidden']);
  });
});

describe('applyViewClasses', () => {
  // A chain a → b → c plus a bystander d: the blast radius of c takes down b and a.
  const defs = [
    node('a', 0),
    node('b', 100),
    node('c', 200),
    node('d', 300),
    edge('ab', 'a', 'b'),
    edge('bc', 'b', 'c'),
    edge('cd', 'c', 'd'),
  ];
  const ref = (id: string) => ({ id, name: id }) as BlastRadius['origin'];
  const blastOfC = {
    origin: ref('c'),
    failed: ['c', 'b', 'a'].map((id) => ({ id })),
    failedCount: 2,
  } as unknown as BlastRadius;
  const classesOf = (cy: Core) =>
    Object.fromEntries(cy.elements().map((el) => [el.id(), el.classes().sort().join(' ')]));

  it('lights the blast radius up, dims the rest, hides what the filters leave out and marks the match', () => {
    const cy = start(defs);
    applyViewClasses(cy, { visible: new Set(['a', 'b', 'c']), blast: blastOfC, matchId: 'b', dimRest: true });
    expect(classesOf(cy)).toEqual({
      a: 'failed',
      b: 'failed match',
      c: 'failed origin',
      d: 'dimmed hidden',
      ab: 'failed',
      bc: 'failed',
      cd: 'dimmed',
    });
  });

  it('on a big map lights the radius up without restyling the rest', () => {
    const cy = start(defs);
    applyViewClasses(cy, { visible: null, blast: blastOfC, matchId: null, dimRest: false });
    expect(classesOf(cy)).toEqual({
      a: 'failed',
      b: 'failed',
      c: 'failed origin',
      d: '',
      ab: 'failed',
      bc: 'failed',
      cd: '',
    });
  });

  it('restyles only the elements whose classes change, so a selection does not redraw 12,000 styles', () => {
    const cy = start(defs);
    expect(applyViewClasses(cy, { visible: null, blast: null, matchId: null, dimRest: true })).toBe(0);
    expect(applyViewClasses(cy, { visible: null, blast: null, matchId: 'd', dimRest: true })).toBe(1);
    const restyled: string[] = [];
    cy.on('style', (e) => {
      restyled.push(e.target.id() as string);
    });
    // The same view again changes nothing and restyles nothing.
    expect(applyViewClasses(cy, { visible: null, blast: null, matchId: 'd', dimRest: true })).toBe(0);
    expect(restyled).toEqual([]);
    // Moving the match from d to a touches exactly those two.
    expect(applyViewClasses(cy, { visible: null, blast: null, matchId: 'a', dimRest: true })).toBe(2);
    expect(restyled.sort()).toEqual(['a', 'd']);
    // Clearing a blast radius takes every class it put on away again.
    applyViewClasses(cy, { visible: null, blast: blastOfC, matchId: null, dimRest: true });
    applyViewClasses(cy, { visible: null, blast: null, matchId: null, dimRest: true });
    expect(Object.values(classesOf(cy)).every((c) => c === '')).toBe(true);
  });
});

describe('applySelection', () => {
  it('selects exactly the selection and leaves an unchanged one alone', () => {
    const cy = start([node('a', 0), node('b', 100)]);
    applySelection(cy, { id: 'a' });
    expect(cy.$(':selected').map((el) => el.id())).toEqual(['a']);
    let events = 0;
    cy.on('select unselect', () => {
      events++;
    });
    applySelection(cy, { id: 'a' });
    expect(events).toBe(0);
    applySelection(cy, { id: 'b' });
    expect(cy.$(':selected').map((el) => el.id())).toEqual(['b']);
    applySelection(cy, null);
    expect(cy.$(':selected').length).toBe(0);
    // An id the canvas does not have yet (a node just saved, before the map reloads) selects nothing.
    applySelection(cy, { id: 'zz' });
    expect(cy.$(':selected').length).toBe(0);
  });
});
