// Processes and resources (one node model) and the edges between them. A process gets its BIA
// record when it is created.
import { AppError } from '../../../../shared/contract';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { AuditInput } from '../../store/audit-chain';
import { saveNodeWithTargets, withProcessObjectives } from './process-targets';

export const nodeHandlers = {
  'nodes.list': (input, ctx) => {
    const store = requireWorkspace(ctx).store;
    return withProcessObjectives(store, store.nodes.list(input.kind));
  },
  'nodes.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const id = ws.write(w, (s) => {
      const saved = saveNodeWithTargets(s, w, input);
      return { value: saved.id, audit: saved.audit };
    });
    return withProcessObjectives(ws.store, [ws.store.nodes.get(id)])[0]!;
  },
  'nodes.saveMany': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    return ws.write(w, (s) => {
      const problems: string[] = [];
      const audit: AuditInput[] = [];
      let saved = 0;
      input.rows.forEach((row, i) => {
        try {
          // A row counts as saved when it changed something (a process's override counts too).
          const written = saveNodeWithTargets(s, w, row).audit;
          audit.push(...written);
          if (written.length > 0) saved++;
        } catch (err) {
          problems.push(`row ${i + 1}: ${err instanceof Error ? err.message : String(err)}`);
        }
      });
      // Throwing rolls the whole block back: every row, or none.
      if (problems.length > 0) {
        throw new AppError('INVALID_INPUT', `Nothing was saved. ${problems.slice(0, 5).join('; ')}`, {
          problems,
        });
      }
      return { value: { saved }, audit };
    });
  },
  'nodes.retire': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.nodes.retire(w, input.id));
  },
  'edges.list': (_input, ctx) => requireWorkspace(ctx).store.nodes.edges(),
  'edges.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const savedId = ws.write(w, (s) => s.nodes.saveEdge(w, input));
    // The one saved row, not every edge: a map of thousands is built one save at a time.
    const [saved] = ws.store.nodes.edges(savedId);
    if (!saved) throw new AppError('NOT_FOUND', 'The dependency was not saved.');
    return saved;
  },
  'edges.retire': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.nodes.retireEdge(w, input.id));
  },
} satisfies Partial<Handlers>;
