// BIA questionnaires for process owners: level definitions per category, campaigns, the owners'
// workbooks, and the review and acceptance of returned workbooks.
import { z } from 'zod';
import { method } from '../method';
import { MAX_IMPORT_BASE64 } from './imports';
import { id, optionalText, severity, text } from '../schemas';
import type { Delivery } from '../types';
import type {
  AnswersAcceptResult,
  AnswersPreview,
  CampaignDetail,
  CampaignSummary,
  CategoryLevels,
} from '../questionnaire-types';

const workbook = {
  /** When given, a workbook of another campaign is refused. */
  campaignId: id.optional(),
  fileName: text(260),
  dataBase64: z
    .string()
    .max(MAX_IMPORT_BASE64, 'is too large: the file must be at most 50 MB')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
};

const campaignId = z.object({ campaignId: id }).strict();

export const questionnaireMethods = {
  'levels.get': method<CategoryLevels[]>()(z.object({}).strict()),
  /** An empty definition returns the level to its default text. */
  'levels.save': method<CategoryLevels[]>({ writes: true })(
    z.object({ categoryId: id, severity, definition: optionalText(500) }).strict(),
  ),
  'campaigns.list': method<CampaignSummary[]>()(z.object({}).strict()),
  'campaigns.get': method<CampaignDetail>()(campaignId),
  'campaigns.create': method<CampaignDetail>({ writes: true })(
    z
      .object({
        name: text(200),
        dueDate: z.iso.date('must be a date (YYYY-MM-DD)'),
        processIds: z.array(id).min(1, 'choose at least one process').max(5000),
      })
      .strict(),
  ),
  /** One owner's workbook: a sheet per process of theirs in the campaign. */
  'campaigns.workbook': method<Delivery>()(z.object({ campaignId: id, owner: text(200) }).strict()),
  /** Checks a returned workbook, records its return, and lists what it would change. */
  'answers.preview': method<AnswersPreview>({ writes: true })(z.object(workbook).strict()),
  /**
   * Takes the answers into the BIA in one transaction: every change, or only those selected (per
   * questionnaire, the keys of the changes to take; a questionnaire left out is not accepted).
   */
  'answers.accept': method<AnswersAcceptResult>({ writes: true })(
    z
      .object({
        ...workbook,
        select: z
          .array(z.object({ questionnaireId: id, keys: z.array(text(300)).max(2000) }).strict())
          .max(5000)
          .optional(),
      })
      .strict(),
  ),
} as const;
