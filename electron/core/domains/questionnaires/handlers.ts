// Level definitions, questionnaire campaigns, owners' workbooks, and the review and acceptance of
// returned workbooks. A returned workbook is read again on accept (nothing is kept between calls),
// so what is accepted is exactly what was reviewed against the BIA as it is now.
import { AppError } from '../../../../shared/contract';
import { requireWorkspace, writeContext, type Context } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { Written } from '../../store';
import type { AuditInput } from '../../store/audit-chain';
import { acceptAnswers } from './accept';
import { listCampaigns, loadCampaign, loadLevels, workbookData } from './read';
import { reviewAnswers } from './review';
import { readReturnedWorkbook } from './workbook-read';
import { writeQuestionnaireWorkbook } from './workbook-write';

async function review(ctx: Context, input: { fileName: string; dataBase64: string; campaignId?: string }) {
  const ws = requireWorkspace(ctx);
  const wb = await readReturnedWorkbook(input.fileName, Buffer.from(input.dataBase64, 'base64'));
  return { ws, review: reviewAnswers(ws.store, ws.id, wb, input.fileName, input.campaignId) };
}

/** A file name part from an owner's name. */
export const ownerFilePart = (owner: string) =>
  owner
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'owner';

export const questionnaireHandlers = {
  'levels.get': (_input, ctx) => loadLevels(requireWorkspace(ctx).store),
  'levels.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    if (ws.store.registers.state('category', input.categoryId) !== 'live')
      throw new AppError('NOT_FOUND', `There is no live impact category with id ${input.categoryId}.`);
    ws.write(w, (s) => s.levelDefinitions.save(w, input.categoryId, input.severity, input.definition));
    return loadLevels(ws.store);
  },
  'campaigns.list': (_input, ctx) => listCampaigns(requireWorkspace(ctx).store, ctx.session.clock.now()),
  'campaigns.get': (input, ctx) =>
    loadCampaign(requireWorkspace(ctx).store, input.campaignId, ctx.session.clock.now()),
  'campaigns.create': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const ids = [...new Set(input.processIds)];
    const sends = ids.map((id) => {
      const p = ws.store.nodes.find(id);
      if (!p || p.kind !== 'process')
        throw new AppError('NOT_FOUND', `There is no live process with id ${id}.`);
      if (!p.owner.trim())
        throw new AppError(
          'INVALID_INPUT',
          `${p.name} has no owner to send its questionnaire to; set one in Registers.`,
        );
      return { processId: id, owner: p.owner.trim() };
    });
    const id = ws.write(w, (s) => s.questionnaires.createCampaign(w, input, sends));
    return loadCampaign(ws.store, id, ctx.session.clock.now());
  },
  'campaigns.workbook': async (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const data = workbookData(ws.store, ws.id, input.campaignId, input.owner);
    const name = `questionnaire-${ownerFilePart(input.owner)}.xlsx`;
    return ctx.session.shell.deliverFile(name, (path) => writeQuestionnaireWorkbook(data, path));
  },
  'answers.preview': async (input, ctx) => {
    const { ws, review: r } = await review(ctx, input);
    const w = writeContext(ctx);
    const returned = r.processes.filter((p) => p.questionnaire.status === 'sent');
    if (returned.length > 0)
      ws.write(w, (s): Written<null> => {
        const audit: AuditInput[] = returned.flatMap(
          (p) => s.questionnaires.markReturned(w, p.questionnaire.id).audit,
        );
        return { value: null, audit };
      });
    for (const p of r.preview.processes) if (p.status === 'sent') p.status = 'returned';
    return r.preview;
  },
  'answers.accept': async (input, ctx) => {
    const { ws, review: r } = await review(ctx, input);
    const w = writeContext(ctx);
    return ws.write(w, (s) => acceptAnswers(s, w, r, input.select));
  },
} satisfies Partial<Handlers>;
