// The workbook's sheets in order. Runbooks, steps, DR tests and findings add their sheets here once
// those capabilities exist.
import type { SheetSpec } from './sheet';
import { blastSheet, inversionsSheet, recoverySheet, spofSheet } from './sheets/analysis';
import { auditLogSheet } from './sheets/audit-log';
import { dependenciesSheet, nodesSheet, processesSheet, ratingsSheet, tiersSheet } from './sheets/registers';
import { summarySheet } from './sheets/summary';

export const XLSX_SHEETS: readonly SheetSpec[] = [
  summarySheet,
  processesSheet,
  ratingsSheet,
  tiersSheet,
  nodesSheet,
  dependenciesSheet,
  spofSheet,
  inversionsSheet,
  recoverySheet,
  blastSheet,
  auditLogSheet,
];
