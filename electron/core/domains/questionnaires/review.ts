// Compares a returned workbook's answers with the current BIA: one change per cell the owner
// answered differently, and the objectives (MTD, RTO, RPO, tier) the BIA derives to before and with
// every change taken, by the real derivation in shared/domain/bia. It refuses a workbook of another
// workspace or campaign, one whose questionnaires were all accepted, and answers against categories
// or buckets retired since it was sent.
import {
  AppError,
  type AnswerChange,
  type AnswersPreview,
  type BiaDetail,
  type DerivedSummary,
  type ProcessAnswers,
  type Registers,
} from '../../../../shared/contract';
import { deriveObjectives, type PreparedBiaConfig } from '../../../../shared/domain/bia';
import type { Store } from '../../store';
import type { QuestionnaireRow } from '../../store/questionnaires';
import { loadBiaDetail, prepareFromRegisters, processInput } from '../bia/read';
import type { ReturnedWorkbook, SheetAnswers } from './workbook-read';
import { requireCampaign } from './read';

export interface ReviewedProcess {
  answers: SheetAnswers;
  questionnaire: QuestionnaireRow;
  detail: BiaDetail;
  view: ProcessAnswers;
}

export interface Review {
  preview: AnswersPreview;
  processes: ReviewedProcess[];
  registers: Registers;
}

const refuse = (message: string) => new AppError('INVALID_INPUT', message);

/** The edits a set of changes makes: ratings by category and bucket, and field values. */
export interface Edits {
  ratings: { categoryId: string; bucketId: string; severity: number }[];
  fields: { dataLossToleranceMinutes?: number; wrtMinutes?: number; mbco?: string; notes?: string };
}

function changesOf(
  a: SheetAnswers,
  d: BiaDetail,
  registers: Registers,
): { changes: AnswerChange[]; edits: Map<string, Edits> } {
  const bucketIndex = new Map(registers.buckets.map((b, i) => [b.id, i]));
  const catName = new Map(registers.categories.map((c) => [c.id, c.name]));
  const bucketLabel = new Map(registers.buckets.map((b) => [b.id, b.label]));
  const changes: AnswerChange[] = [];
  const edits = new Map<string, Edits>();
  for (const r of a.ratings) {
    const before = d.ratings[r.categoryId]?.[bucketIndex.get(r.bucketId) ?? -1] ?? null;
    if (before === r.severity) continue;
    const key = `rating:${r.categoryId}:${r.bucketId}`;
    changes.push({
      key,
      cell: `${a.sheet}!${r.cell}`,
      label: `${catName.get(r.categoryId) ?? r.categoryId} after ${bucketLabel.get(r.bucketId) ?? r.bucketId}`,
      before,
      after: r.severity,
    });
    edits.set(key, {
      ratings: [{ categoryId: r.categoryId, bucketId: r.bucketId, severity: r.severity }],
      fields: {},
    });
  }
  const field = <K extends keyof Edits['fields']>(
    name: K,
    label: string,
    answer: { value: NonNullable<Edits['fields'][K]>; cell: string } | null,
  ) => {
    if (!answer) return;
    const before = d.bia[name];
    if (before === answer.value) return;
    const key = `field:${name}`;
    changes.push({ key, cell: `${a.sheet}!${answer.cell}`, label, before, after: answer.value });
    edits.set(key, { ratings: [], fields: { [name]: answer.value } });
  };
  field('dataLossToleranceMinutes', 'Data-loss tolerance (min)', a.dataLossToleranceMinutes);
  field('wrtMinutes', 'Work recovery time (min)', a.wrtMinutes);
  field('mbco', 'MBCO', a.mbco);
  field('notes', 'Notes', a.notes);
  return { changes, edits };
}

/** The BIA with `edits` applied, derived. */
export function derive(
  d: BiaDetail,
  registers: Registers,
  cfg: PreparedBiaConfig,
  edits: readonly Edits[],
): DerivedSummary {
  const bucketIndex = new Map(registers.buckets.map((b, i) => [b.id, i]));
  const ratings = Object.fromEntries(Object.entries(d.ratings).map(([k, row]) => [k, [...row]]));
  let rec = d.bia;
  for (const e of edits) {
    for (const r of e.ratings) {
      const i = bucketIndex.get(r.bucketId);
      const row = (ratings[r.categoryId] ??= registers.buckets.map(() => null));
      if (i !== undefined) row[i] = r.severity;
    }
    rec = { ...rec, ...e.fields };
  }
  const o = deriveObjectives(processInput(rec, ratings, d.losses), cfg);
  return {
    mtd: o.mtd,
    rto: o.effectiveRto,
    rpo: o.effectiveRpo,
    tier: o.tier?.name ?? null,
    conflicts: o.conflicts.length,
  };
}

export function editsOf(a: SheetAnswers, d: BiaDetail, registers: Registers) {
  return changesOf(a, d, registers);
}

/** Checks the workbook belongs here and lists what it would change. */
export function reviewAnswers(
  store: Store,
  workspaceId: string,
  wb: ReturnedWorkbook,
  fileName: string,
  expectedCampaignId?: string,
): Review {
  const b = wb.binding;
  if (b.workspaceId !== workspaceId)
    throw refuse(
      `${fileName} was sent from another workspace (id ${b.workspaceId}); it cannot be taken into this one.`,
    );
  const campaign = store.questionnaires.campaign(b.campaignId);
  if (!campaign || campaign.retiredAt)
    throw refuse(`${fileName} belongs to a campaign this workspace does not have (id ${b.campaignId}).`);
  if (expectedCampaignId !== undefined && expectedCampaignId !== b.campaignId) {
    const expected = requireCampaign(store, expectedCampaignId);
    throw refuse(
      `${fileName} is from the campaign "${campaign.name}", not "${expected.name}": upload it there.`,
    );
  }
  const registers = store.registers.load();
  const gone = [
    ...b.categories
      .filter((id) => store.registers.state('category', id) !== 'live')
      .map((id) => `impact category ${id}`),
    ...b.buckets
      .filter((id) => store.registers.state('bucket', id) !== 'live')
      .map((id) => `time bucket ${id}`),
  ];
  if (gone.length > 0)
    throw refuse(
      `${fileName} rates against registers retired since it was sent (${gone.join(', ')}); send a new questionnaire.`,
    );
  const cfg = prepareFromRegisters(registers);
  const processes: ReviewedProcess[] = wb.sheets.map((a) => {
    const q = store.questionnaires.get(a.questionnaireId);
    if (!q || q.campaignId !== b.campaignId || q.processId !== a.processId)
      throw refuse(`${fileName}: the sheet "${a.sheet}" names a questionnaire this campaign did not send.`);
    const detail = loadBiaDetail(store, a.processId);
    const { changes, edits } = changesOf(a, detail, registers);
    const view: ProcessAnswers = {
      questionnaireId: q.id,
      processId: q.processId,
      processName: detail.process.name,
      sheet: a.sheet,
      status: q.status,
      changes,
      dependencies: a.dependencies,
      before: derive(detail, registers, cfg, []),
      after: derive(detail, registers, cfg, [...edits.values()]),
    };
    return { answers: a, questionnaire: q, detail, view };
  });
  const accepted = processes.filter((p) => p.questionnaire.status === 'accepted');
  if (accepted.length === processes.length) {
    const q = accepted[0]!.questionnaire;
    throw new AppError(
      'CONFLICT',
      `${fileName} was already accepted${processes.length > 1 ? ` (all ${processes.length} questionnaires)` : ''}: ${q.acceptedBy ?? 'someone'} took it on ${q.acceptedAt?.slice(0, 10) ?? '?'}. Nothing was changed.`,
    );
  }
  const owner = processes[0]?.questionnaire.owner ?? b.owner;
  return {
    preview: {
      campaignId: campaign.id,
      campaignName: campaign.name,
      owner,
      processes: processes.map((p) => p.view),
    },
    processes,
    registers,
  };
}
