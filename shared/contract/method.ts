// The building block of the contract: a method's input schema, its result type and whether it writes.
import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type for the typed client; never read at run time. */
  result: R;
  /** Whether the method writes to the workspace (views refresh after it). */
  writes: boolean;
}

/** `method<Result>()(schema)`: the result type is named, the input type is inferred from the schema. */
export function method<R>(opts: { writes?: boolean } = {}) {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({
    input,
    writes: opts.writes ?? false,
    result: undefined as R,
  });
}
