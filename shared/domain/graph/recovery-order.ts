// Recovery order: restoration in parallel waves, providers first. Wave k holds the nodes whose hard
// providers are all in earlier waves; a cycle is one unit in one wave and is listed, not hidden.
// Soft edges do not order anything; every hard edge does, group members included, because a
// redundant provider still has to be up before the consumer can use it.

import { condense, findCycles, type Condensation } from './cycles';
import { plural } from '../../format/plural';
import type { CompiledGraph, RecoveryOrder, RecoveryUnit, RecoveryWave } from './types';

/** Wave of each component, computed on the condensation in its providers-first order. */
export function componentWaves(g: CompiledGraph, c: Condensation): Int32Array {
  const wave = new Int32Array(c.compCount);
  for (let k = 0; k < c.compCount; k++) {
    let w = 0;
    for (let i = c.start[k]!; i < c.start[k + 1]!; i++) {
      const v = c.members[i]!;
      for (let e = g.hardOutStart[v]!; e < g.hardOutStart[v + 1]!; e++) {
        const pk = c.comp[g.hardOut[e]!]!;
        if (pk !== k && wave[pk]! + 1 > w) w = wave[pk]! + 1;
      }
    }
    wave[k] = w;
  }
  return wave;
}

export function recoveryOrder(g: CompiledGraph, c: Condensation = condense(g)): RecoveryOrder {
  const waveOfComp = componentWaves(g, c);
  let maxWave = -1;
  for (const w of waveOfComp) if (w > maxWave) maxWave = w;
  // Units within a wave follow the input order of their first member, so output is stable.
  const firstMember = (k: number) => c.members[c.start[k]!]!;
  const comps = Array.from({ length: c.compCount }, (_, k) => k).sort(
    (a, b) => firstMember(a) - firstMember(b),
  );
  const waves: RecoveryWave[] = Array.from({ length: maxWave + 1 }, (_, wave) => ({
    wave,
    units: [] as RecoveryUnit[],
  }));
  for (const k of comps) {
    const nodeIds: string[] = [];
    const names: string[] = [];
    for (let i = c.start[k]!; i < c.start[k + 1]!; i++) {
      const node = g.nodes[c.members[i]!]!;
      nodeIds.push(node.id);
      names.push(node.name);
    }
    const unit: RecoveryUnit = { nodeIds, names };
    const cycleId = c.cycleId[k];
    if (cycleId !== undefined) unit.cycleId = cycleId;
    waves[waveOfComp[k]!]!.units.push(unit);
  }
  const cycles = findCycles(g, c);
  const explanation =
    g.nodeCount === 0
      ? 'The graph is empty.'
      : `Restore in ${plural(waves.length, 'wave')}; each wave needs only what earlier waves restored.` +
        (cycles.length > 0 ? ` ${plural(cycles.length, 'cycle')} must each be restored as one unit.` : '');
  return { waves, cycles, explanation };
}
