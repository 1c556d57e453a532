// What ties a questionnaire workbook to its workspace and campaign: the ids in its hidden metadata
// sheet and a SHA-256 over them. The hash binds the ids together (an edited id no longer matches),
// it does not authenticate: anyone can recompute it, which is why the import also checks every id
// against the workspace's own rows.
import { createHash } from 'node:crypto';

export interface WorkbookBinding {
  workspaceId: string;
  campaignId: string;
  /** Shown in the metadata sheet for people; not hashed (the questionnaires' own rows name the owner). */
  owner: string;
  /** Category and bucket ids in the order of the matrix's rows and columns. */
  categories: string[];
  buckets: string[];
  sheets: { sheet: string; questionnaireId: string; processId: string }[];
}

export function bindingHash(b: WorkbookBinding): string {
  // Built key by key so the text hashed never depends on how the object was assembled.
  const canonical = JSON.stringify([
    b.workspaceId,
    b.campaignId,
    b.categories,
    b.buckets,
    b.sheets.map((s) => [s.sheet, s.questionnaireId, s.processId]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
