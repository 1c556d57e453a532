// The one list of API methods: name → zod input schema and result type. The router, the preload and
// the renderer's client are all derived from this object, so a method exists everywhere or nowhere.
import { z } from 'zod';
import type {
  AppInfo,
  AuditPage,
  ChainVerification,
  Delivery,
  Profile,
  RecentWorkspace,
  WorkspaceSummary,
} from './types';

export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  /** Phantom: carries the result type for the typed client; never read at run time. */
  result: R;
  /** Whether the method writes to the workspace (views refresh after it). */
  writes: boolean;
}

/** `method<Result>()(schema)`: the result type is named, the input type is inferred from the schema. */
function method<R>(opts: { writes?: boolean } = {}) {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({
    input,
    writes: opts.writes ?? false,
    result: undefined as R,
  });
}

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const empty = z.object({}).strict();

export const contract = {
  'app.info': method<AppInfo>()(empty),

  'profile.get': method<Profile | null>()(empty),
  'profile.set': method<Profile>()(z.object({ name: text(120), role: text(120) }).strict()),

  'workspace.current': method<WorkspaceSummary | null>()(empty),
  'workspace.recent': method<RecentWorkspace[]>()(empty),
  /** The shell chooses where the file goes (a save dialog, or the host's workspace folder). */
  'workspace.create': method<WorkspaceSummary | null>({ writes: true })(
    z.object({ name: text(200) }).strict(),
  ),
  'workspace.open': method<WorkspaceSummary | null>()(empty),
  'workspace.openRecent': method<WorkspaceSummary>()(
    z.object({ id: z.string().uuid('must be a workspace id') }).strict(),
  ),
  'workspace.openDemo': method<WorkspaceSummary>()(empty),
  'workspace.close': method<null>()(empty),
  'workspace.update': method<WorkspaceSummary>({ writes: true })(
    z
      .object({
        name: text(200).optional(),
        organisation: z.string().trim().max(200, 'must be at most 200 characters').optional(),
        description: z.string().max(4000, 'must be at most 4000 characters').optional(),
      })
      .strict(),
  ),
  'workspace.saveCopy': method<Delivery>()(empty),

  'audit.list': method<AuditPage>()(
    z
      .object({
        limit: z.number().int().min(1).max(10_000).default(1000),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
  ),
  'audit.verify': method<ChainVerification>()(empty),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: string): value is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, value);
}

/** The typed client every transport implements. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodResult<M>> };
