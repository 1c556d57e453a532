// The workbook's sheets in order. A capability adds its registers by adding its sheets here.
import type { SheetSpec } from './sheet';
import { blastSheet, inversionsSheet, recoverySheet, spofSheet } from './sheets/analysis';
import { auditLogSheet } from './sheets/audit-log';
import { exceptionsSheet, premortemsSheet } from './sheets/exceptions';
import { drTestsSheet, findingsSheet, runbooksSheet, stepsSheet } from './sheets/continuity';
import { deliverySheet, gateChecksSheet, releasesSheet, slosSheet } from './sheets/releases';
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
  runbooksSheet,
  stepsSheet,
  drTestsSheet,
  findingsSheet,
  releasesSheet,
  gateChecksSheet,
  slosSheet,
  deliverySheet,
  exceptionsSheet,
  premortemsSheet,
  auditLogSheet,
];
