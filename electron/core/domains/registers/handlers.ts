// Impact categories, time buckets and tiers: the registers a BIA rates against.
import { AppError } from '../../../../shared/contract';
import { formatDuration } from '../../../../shared/format/duration';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';

export const registerHandlers = {
  'registers.get': (_input, ctx) => requireWorkspace(ctx).store.registers.load(),
  'categories.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...fields } = input;
    const position = fields.position ?? ws.store.registers.nextCategoryPosition();
    const savedId = ws.write(w, (s) => s.registers.saveCategory(w, id, { name: fields.name, position }));
    return ws.store.registers.load().categories.find((c) => c.id === savedId)!;
  },
  'categories.retire': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.registers.retireCategory(w, input.id));
  },
  'buckets.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...fields } = input;
    // Two buckets of one length would make "the first bucket that reaches the threshold" ambiguous.
    const same = ws.store.registers.load().buckets.find((b) => b.minutes === fields.minutes && b.id !== id);
    if (same)
      throw new AppError(
        'INVALID_INPUT',
        `The time bucket "${same.label}" is already ${formatDuration(fields.minutes)} long; two buckets cannot have the same length.`,
      );
    const savedId = ws.write(w, (s) => s.registers.saveBucket(w, id, fields));
    return ws.store.registers.load().buckets.find((b) => b.id === savedId)!;
  },
  'buckets.retire': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.registers.retireBucket(w, input.id));
  },
  'tiers.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...fields } = input;
    const savedId = ws.write(w, (s) => s.registers.saveTier(w, id, fields));
    return ws.store.registers.load().tiers.find((t) => t.id === savedId)!;
  },
  'tiers.retire': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.registers.retireTier(w, input.id));
  },
} satisfies Partial<Handlers>;
