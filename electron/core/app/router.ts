// The one entry point for every transport: validate the method name and input against the contract,
// call the handler, and answer with an envelope. Nothing but code and message crosses: no stacks.
import type { z } from 'zod';
import {
  AppError,
  contract,
  isMethodName,
  type ApiError,
  type Envelope,
  type MethodName,
  type MethodParsedInput,
  type MethodResult,
} from '../../../shared/contract';
import type { Context } from './context';

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
  ctx: Context,
) => MethodResult<M> | Promise<MethodResult<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

export type Router = (method: unknown, input: unknown, ctx: Context) => Promise<Envelope<unknown>>;

export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export function createRouter(
  handlers: Handlers,
  onUnexpected: (method: string, err: unknown) => void = () => {},
): Router {
  return async (method, input, ctx) => {
    if (typeof method !== 'string' || !isMethodName(method)) {
      const shown = typeof method === 'string' ? method.slice(0, 80) : typeof method;
      return fail({ code: 'UNKNOWN_METHOD', message: `There is no API method called "${shown}".` });
    }
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      return fail({
        code: 'INVALID_INPUT',
        message: `Invalid input for ${method}: ${formatIssues(parsed.error.issues)}.`,
        details: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      });
    }
    try {
      const handler = handlers[method] as (input: unknown, ctx: Context) => unknown;
      const value = await handler(parsed.data, ctx);
      return { ok: true, value: value === undefined ? null : value };
    } catch (err) {
      if (err instanceof AppError) return fail(err.toApiError());
      onUnexpected(method, err);
      return fail({
        code: 'INTERNAL',
        message: `${method} failed unexpectedly. The details are in the application log.`,
      });
    }
  };
}

function fail(error: ApiError): Envelope<never> {
  return { ok: false, error };
}
