// What an evidence pack shows, as one value: gathered by the evidence domain
// (domains/evidence/gather*.ts) in one synchronous read, rendered by the PDF and workbook writers
// here. Reports depend on this shape only, never on the domains that fill it.
import type {
  BiaRecord,
  ChainVerification,
  DeliveryView,
  DependencyMap,
  DrTestDetail,
  EvidenceManifest,
  EvidenceScope,
  FindingView,
  GateView,
  IncidentListRow,
  ReviewListRow,
  ObjectivesOverview,
  OverdueNode,
  Registers,
  ReleaseView,
  RunbookDetail,
  SloView,
  WorkspaceSummary,
} from '../../../shared/contract';
import type { BiaObjectives } from '../../../shared/domain/bia';
import type { Mttr } from '../../../shared/domain/incident';
import type { Conflict } from '../../../shared/domain/release';
import type { RecomputeInputs } from '../../../shared/contract/recompute-inputs';
import type { ExceptionView, FailureModeView } from '../../../shared/contract';
import type { Store } from '../store';
import type { CoverageRecords } from '../../../shared/domain/resilience';
import type { AuditRecord } from '../store/audit-chain';
import type { PackSigner } from './manifest';

/** What a narrowed pack says instead of the name of an entity it does not show. */
export const OUTSIDE_SCOPE = '(outside the scope)';

/** Names what an audit entry touches (the store's reads, else the entry's own images). */
export type EntityNamer = (
  entry: Pick<AuditRecord, 'entity' | 'entityId' | 'beforeJson' | 'afterJson'>,
) => string;

export interface ProcessEvidence {
  id: string;
  name: string;
  department: string;
  owner: string;
  record: BiaRecord;
  objectives: BiaObjectives;
  /** categoryId → severities aligned to registers.buckets. */
  ratings: Record<string, (number | null)[]>;
}

export interface EvidenceData {
  workspace: WorkspaceSummary;
  preparedBy: PackSigner;
  at: Date;
  appVersion: string;
  /** The files the pack will hold besides the manifest and its signature. */
  packFiles: string[];
  scope: EvidenceScope;
  /** The scope as recorded in the manifest: the names it resolved to. */
  scopeRecord: EvidenceManifest['scope'];
  scopeLabel: string;
  registers: Registers;
  /** Processes in scope, by department and name. */
  processes: ProcessEvidence[];
  overview: ObjectivesOverview;
  /** The map cut down to the scope: chosen processes and every node they depend on. */
  map: DependencyMap;
  /** Runbooks, DR tests, findings and overdue nodes that touch the map above. */
  continuity: ContinuityEvidence;
  /** Releases, gates, conflicts, SLOs and delivery metrics that touch the map above. */
  releases: ReleaseEvidence;
  /** Incidents touching the map above, their reviews (with actions) and MTTR. */
  incidents: IncidentEvidence;
  /** The exceptions register (status on the pack's date) and the releases' pre-mortems. */
  exceptions: ExceptionsEvidence;
  /** The records the self-assessment's clause coverage counts (domains/evidence/gather-coverage.ts). */
  coverage: CoverageRecords;
  /** The inputs of every figure above, for inputs.json. */
  inputs: RecomputeInputs;
  chain: ChainVerification;
  auditTotal: number;
  entityName: EntityNamer;
  /** For the workbook and the PDF's audit section, which stream every entry up to the head read here. */
  store: Store;
}

export interface EvidenceRequest {
  scope: EvidenceScope;
  packFiles: string[];
  preparedBy: PackSigner;
  at: Date;
  appVersion: string;
}

export interface ContinuityEvidence {
  runbooks: RunbookDetail[];
  drTests: DrTestDetail[];
  findings: FindingView[];
  overdue: OverdueNode[];
  /** Node id → name, for printing targets and scopes. */
  nodeNames: Map<string, string>;
}

/** Delivery metrics in a pack cover the quarter before its time. */
export const DELIVERY_DAYS = 90;

export interface ExceptionsEvidence {
  register: ExceptionView[];
  premortems: { releaseId: string; releaseName: string; riskLevel: string; modes: FailureModeView[] }[];
}

export interface ReleaseEvidence {
  releases: ReleaseView[];
  /** Gates of the releases still ahead (planned, approved, in progress). */
  gates: GateView[];

  conflicts: Conflict[];
  slos: SloView[];
  delivery: DeliveryView;
}

export interface IncidentEvidence {
  incidents: IncidentListRow[];
  reviews: ReviewListRow[];
  /** Over the incidents above. */
  mttr: Mttr;
  /** Node id → name. */
  nodeNames: Map<string, string>;
}
