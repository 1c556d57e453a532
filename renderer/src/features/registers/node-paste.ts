// A pasted block onto the processes or resources grid: existing rows are updated from the focused
// cell rightwards and downwards, rows past the end become new nodes. All rows go in one
// nodes.saveMany call, so the block is saved whole or not at all.
import type { NodeView } from '../../../../shared/contract';
import type { NodeKind, Tier } from '../../../../shared/domain/model';
import { blankNode, toNodeInput, writeField, type NodeSave } from './node-fields';
import type { PasteTarget } from './EditableGrid';

export interface PastePlan {
  rows: NodeSave[];
  created: number;
  problems: string[];
}

export function planNodePaste(
  target: PasteTarget<NodeView>,
  opts: { newKind: NodeKind; tiers: readonly Tier[]; resourcesOnly: boolean; editable: ReadonlySet<string> },
): PastePlan {
  const rows: NodeSave[] = [];
  const problems: string[] = [];
  let created = 0;
  target.cells.forEach((cells, r) => {
    const existing = target.displayed[target.startRow + r];
    const input = existing ? toNodeInput(existing) : blankNode(opts.newKind);
    if (!existing) created++;
    cells.forEach((text, c) => {
      const field = target.fields[c];
      if (!field || !opts.editable.has(field)) return;
      const problem = writeField(input, field, text, opts.tiers, opts.resourcesOnly);
      if (problem) problems.push(`row ${r + 1}: ${problem}`);
    });
    rows.push(input);
  });
  return { rows, created, problems };
}
