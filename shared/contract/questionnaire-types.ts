// Results of the questionnaire methods: level definitions, campaigns and their questionnaires, and
// the review of a returned workbook (a diff per cell with the derived objectives before and after).

export interface LevelView {
  severity: number;
  definition: string;
  /** True when the workspace has not written its own text for this level. */
  isDefault: boolean;
}

export interface CategoryLevels {
  categoryId: string;
  categoryName: string;
  levels: LevelView[];
}

export type QuestionnaireStatus = 'sent' | 'returned' | 'accepted';

export interface QuestionnaireView {
  id: string;
  processId: string;
  processName: string;
  owner: string;
  dueDate: string;
  status: QuestionnaireStatus;
  /** Not accepted, and the due date has passed. */
  overdue: boolean;
  sentAt: string;
  returnedAt: string | null;
  acceptedAt: string | null;
  acceptedBy: string | null;
  dependencies: string[];
}

export interface CampaignSummary {
  id: string;
  name: string;
  dueDate: string;
  createdBy: string;
  createdAt: string;
  sent: number;
  returned: number;
  accepted: number;
  overdue: number;
}

export interface OwnerQuestionnaires {
  owner: string;
  questionnaires: QuestionnaireView[];
}

export interface CampaignDetail {
  campaign: CampaignSummary;
  owners: OwnerQuestionnaires[];
}

/** The objectives a BIA derives to, as the review compares them. */
export interface DerivedSummary {
  mtd: number | null;
  rto: number | null;
  rpo: number | null;
  tier: string | null;
  conflicts: number;
}

/** One answer that differs from the BIA: a rating cell or a field. */
export interface AnswerChange {
  /** "rating:<categoryId>:<bucketId>" or "field:<name>": what accept's selection names. */
  key: string;
  /** Where the owner wrote it: "Customer billing!C7". */
  cell: string;
  label: string;
  before: string | number | null;
  after: string | number | null;
}

export interface ProcessAnswers {
  questionnaireId: string;
  processId: string;
  processName: string;
  sheet: string;
  status: QuestionnaireStatus;
  changes: AnswerChange[];
  dependencies: string[];
  before: DerivedSummary;
  /** With every change accepted. */
  after: DerivedSummary;
}

export interface AnswersPreview {
  campaignId: string;
  campaignName: string;
  owner: string;
  processes: ProcessAnswers[];
}

export interface AnswersAcceptResult {
  accepted: { questionnaireId: string; processId: string; changes: number }[];
}
