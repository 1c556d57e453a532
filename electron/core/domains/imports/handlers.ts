// Import handlers: templates to download, a preview of what a file would change (every problem
// listed), and the commit of a previewed plan in one transaction.
import { AppError } from '../../../../shared/contract';
import { requireWorkspace, writeContext } from '../../app/context';
import { applyPlan } from '../../imports/apply';
import { takePlan } from '../../imports/pending';
import { previewImport } from '../../imports/preview';
import { writeCsvTemplate, writeXlsxTemplate } from '../../imports/template';
import { loadWorkspaceState } from '../../imports/workspace-state';
import type { Handlers } from '../../app/router';

const TEMPLATE_NAMES = {
  workbook: 'steadfast-import',
  processes: 'steadfast-processes',
  ratings: 'steadfast-ratings',
  tiers: 'steadfast-tiers',
  resources: 'steadfast-resources',
  dependencies: 'steadfast-dependencies',
  providers: 'steadfast-providers',
  contracts: 'steadfast-contracts',
} as const;

export const importHandlers = {
  'import.template': async (input, ctx) => {
    if (input.kind === 'workbook' && input.format === 'csv') {
      throw new AppError(
        'INVALID_INPUT',
        'A CSV file holds one sheet: choose processes, ratings, tiers, resources, dependencies, providers or contracts.',
      );
    }
    const name = `${TEMPLATE_NAMES[input.kind]}.${input.format}`;
    return ctx.session.shell.deliverFile(name, (path) =>
      input.format === 'xlsx' || input.kind === 'workbook'
        ? writeXlsxTemplate(path, input.kind)
        : writeCsvTemplate(path, input.kind),
    );
  },
  'import.preview': async (input, ctx) => {
    const ws = requireWorkspace(ctx);
    return previewImport(ctx.session, ws, input.fileName, Buffer.from(input.dataBase64, 'base64'));
  },
  'import.commit': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const plan = takePlan(ctx.session, input.token, ctx.session.clock.now().getTime(), {
      workspaceId: ws.id,
      headSeq: ws.chainHead().seq,
    });
    return ws.write(w, (s) => applyPlan(s, w, plan, loadWorkspaceState(s)));
  },
} satisfies Partial<Handlers>;
