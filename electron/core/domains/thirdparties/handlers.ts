// Third-party register handlers: a thin map over ws.store.thirdParties, the register view, and the
// Register of Information's check and export.
import { AppError } from '../../../../shared/contract';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import { packageName, writeRoiPackage } from '../../reports/roi/package';
import { thirdPartyRegister } from './read';
import { describeProblem, workspaceRoi } from './roi';

export const thirdPartyHandlers = {
  'thirdParties.get': (_input, ctx) => thirdPartyRegister(requireWorkspace(ctx).store),
  'thirdParties.saveEntity': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.thirdParties.saveEntity(w, input));
  },
  'thirdParties.saveProvider': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...fields } = input;
    if (fields.parentId !== null) {
      if (fields.parentId === id) throw new AppError('INVALID_INPUT', 'A provider cannot be its own parent.');
      if (ws.store.thirdParties.providerState(fields.parentId) !== 'live')
        throw new AppError('INVALID_INPUT', 'The parent provider does not exist or was retired.');
    }
    return ws.write(w, (s) =>
      s.thirdParties.saveProvider(w, id, {
        ...fields,
        lei: fields.lei || null,
        altCode: fields.altCode || null,
      }),
    );
  },
  'thirdParties.retireProvider': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.thirdParties.retireProvider(w, input.id));
  },
  'thirdParties.saveContract': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...fields } = input;
    if (ws.store.thirdParties.providerState(fields.providerId) !== 'live')
      throw new AppError('INVALID_INPUT', 'The provider of this contract does not exist or was retired.');
    return ws.write(w, (s) => s.thirdParties.saveContract(w, id, fields));
  },
  'thirdParties.retireContract': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.thirdParties.retireContract(w, input.id));
  },
  'thirdParties.saveLink': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...fields } = input;
    for (const p of [fields.providerId, fields.recipientId])
      if (p !== null && ws.store.thirdParties.providerState(p) !== 'live')
        throw new AppError(
          'INVALID_INPUT',
          'A provider in this supply-chain link does not exist or was retired.',
        );
    if (!ws.store.thirdParties.contracts().some((c) => c.id === fields.contractId))
      throw new AppError(
        'INVALID_INPUT',
        'The contract of this supply-chain link does not exist or was retired.',
      );
    return ws.write(w, (s) => s.thirdParties.saveLink(w, id, fields));
  },
  'thirdParties.retireLink': (input, ctx) => {
    const w = writeContext(ctx);
    return requireWorkspace(ctx).write(w, (s) => s.thirdParties.retireLink(w, input.id));
  },
  'roi.check': (input, ctx) => {
    const report = workspaceRoi(requireWorkspace(ctx).store, ctx.session.clock.now(), input.refPeriod);
    return {
      refPeriod: report.parameters.find(([n]) => n === 'refPeriod')![1],
      problems: report.problems,
      rows: report.tables.map((t) => ({ template: t.template, rows: t.rows.length })),
    };
  },
  'roi.export': async (input, ctx) => {
    const now = ctx.session.clock.now();
    const report = workspaceRoi(requireWorkspace(ctx).store, now, input.refPeriod);
    if (report.problems.length > 0)
      throw new AppError(
        'INVALID_INPUT',
        `The Register of Information has ${report.problems.length} problem(s); nothing was written. ${report.problems
          .slice(0, 5)
          .map(describeProblem)
          .join(' ')}`,
      );
    return ctx.session.shell.deliverFile(`${packageName(report)}.zip`, (path) =>
      writeRoiPackage(path, report, now),
    );
  },
} satisfies Partial<Handlers>;
