// Read models of the questionnaire domain: each category's level definitions, campaigns with their
// questionnaires per owner (sent, returned, overdue), and the data of one owner's workbook.
import {
  AppError,
  type CampaignDetail,
  type CampaignSummary,
  type CategoryLevels,
  type QuestionnaireView,
} from '../../../../shared/contract';
import { levelDefinitions } from '../../../../shared/domain/bia';
import type { Store } from '../../store';
import type { CampaignRow, QuestionnaireRow } from '../../store/questionnaires';
import { loadBiaDetail } from '../bia/read';
import { sheetName } from './layout';
import type { QuestionnaireWorkbook } from './workbook-write';

export function loadLevels(store: Store): CategoryLevels[] {
  const { categories } = store.registers.load();
  const byCategory = levelDefinitions(
    categories.map((c) => c.id),
    store.levelDefinitions.all(),
  );
  return categories.map((c) => ({
    categoryId: c.id,
    categoryName: c.name,
    levels: byCategory.get(c.id) ?? [],
  }));
}

/** The day of `now` in UTC, as due dates are written (YYYY-MM-DD). */
export const today = (now: Date) => now.toISOString().slice(0, 10);

/** Still waiting for the owner after the day it was due. */
export const isOverdue = (q: Pick<QuestionnaireRow, 'status' | 'dueDate'>, day: string) =>
  q.status === 'sent' && q.dueDate < day;

function view(q: QuestionnaireRow, names: Map<string, string>, day: string): QuestionnaireView {
  return {
    id: q.id,
    processId: q.processId,
    processName: names.get(q.processId) ?? q.processId,
    owner: q.owner,
    dueDate: q.dueDate,
    status: q.status,
    overdue: isOverdue(q, day),
    sentAt: q.sentAt,
    returnedAt: q.returnedAt,
    acceptedAt: q.acceptedAt,
    acceptedBy: q.acceptedBy,
    dependencies: q.dependencies,
  };
}

function summary(c: CampaignRow, qs: readonly QuestionnaireRow[], day: string): CampaignSummary {
  return {
    id: c.id,
    name: c.name,
    dueDate: c.dueDate,
    createdBy: c.createdBy,
    createdAt: c.createdAt,
    sent: qs.length,
    returned: qs.filter((q) => q.status !== 'sent').length,
    accepted: qs.filter((q) => q.status === 'accepted').length,
    overdue: qs.filter((q) => isOverdue(q, day)).length,
  };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  }
  return m;
}

export function listCampaigns(store: Store, now: Date): CampaignSummary[] {
  const day = today(now);
  const byCampaign = groupBy(store.questionnaires.all(), (q) => q.campaignId);
  return store.questionnaires.campaigns().map((c) => summary(c, byCampaign.get(c.id) ?? [], day));
}

export function requireCampaign(store: Store, campaignId: string): CampaignRow {
  const c = store.questionnaires.campaign(campaignId);
  if (!c || c.retiredAt)
    throw new AppError('NOT_FOUND', `There is no questionnaire campaign with id ${campaignId}.`);
  return c;
}

export function loadCampaign(store: Store, campaignId: string, now: Date): CampaignDetail {
  const c = requireCampaign(store, campaignId);
  const day = today(now);
  const qs = store.questionnaires.ofCampaign(campaignId);
  const names = store.nodes.names();
  const owners = [...groupBy(qs, (q) => q.owner)].map(([owner, list]) => ({
    owner,
    questionnaires: list
      .map((q) => view(q, names, day))
      .sort((a, b) => a.processName.localeCompare(b.processName)),
  }));
  return { campaign: summary(c, qs, day), owners };
}

/** Everything one owner's workbook shows: their processes' current BIA as the starting answers. */
export function workbookData(
  store: Store,
  workspaceId: string,
  campaignId: string,
  owner: string,
): QuestionnaireWorkbook {
  const c = requireCampaign(store, campaignId);
  const qs = store.questionnaires.ofCampaign(campaignId).filter((q) => q.owner === owner);
  if (qs.length === 0)
    throw new AppError('NOT_FOUND', `The campaign "${c.name}" sent no questionnaire to ${owner}.`);
  const registers = store.registers.load();
  const levels = new Map(loadLevels(store).map((l) => [l.categoryId, l.levels]));
  const taken = new Set<string>();
  const details = qs
    .map((q) => ({ q, d: loadBiaDetail(store, q.processId) }))
    .sort((a, b) => a.d.process.name.localeCompare(b.d.process.name));
  const processes = details.map(({ q, d }) => {
    return {
      questionnaireId: q.id,
      processId: q.processId,
      sheet: sheetName(d.process.name, taken),
      name: d.process.name,
      ratings: d.ratings,
      dataLossToleranceMinutes: d.bia.dataLossToleranceMinutes,
      wrtMinutes: d.bia.wrtMinutes,
      mbco: d.bia.mbco,
      notes: d.bia.notes,
    };
  });
  return {
    binding: {
      workspaceId,
      campaignId,
      owner,
      categories: registers.categories.map((x) => x.id),
      buckets: registers.buckets.map((b) => b.id),
      sheets: processes.map((p) => ({
        sheet: p.sheet,
        questionnaireId: p.questionnaireId,
        processId: p.processId,
      })),
    },
    campaignName: c.name,
    dueDate: c.dueDate,
    categories: registers.categories.map((x) => ({ id: x.id, name: x.name, levels: levels.get(x.id) ?? [] })),
    buckets: registers.buckets.map((b) => ({ id: b.id, label: b.label })),
    processes,
  };
}
