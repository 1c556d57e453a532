// The workbook's sheets in order. A capability adds its registers by adding its sheets here.
import type { SheetSpec } from './sheet';
import { blastSheet, inversionsSheet, recoverySheet, spofSheet } from './sheets/analysis';
import { auditLogSheet } from './sheets/audit-log';
import { exceptionsSheet, premortemsSheet } from './sheets/exceptions';
import { drTestsSheet, findingsSheet, runbooksSheet, stepsSheet } from './sheets/continuity';
import { incidentsSheet, reviewActionsSheet, reviewsSheet } from './sheets/incidents';
import { deliverySheet, gateChecksSheet, releasesSheet, slosSheet } from './sheets/releases';
import { dependenciesSheet, nodesSheet, processesSheet, ratingsSheet, tiersSheet } from './sheets/registers';
import { scenarioMatrixSheet, servicesSheet } from './sheets/resilience';
import { clauseCoverageSheet } from './sheets/self-assessment';
import { summarySheet } from './sheets/summary';
import { levelDefinitionsSheet } from './sheets/level-definitions';

export const XLSX_SHEETS: readonly SheetSpec[] = [
  summarySheet,
  processesSheet,
  ratingsSheet,
  tiersSheet,
  levelDefinitionsSheet,
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
  servicesSheet,
  scenarioMatrixSheet,
  clauseCoverageSheet,
  releasesSheet,
  gateChecksSheet,
  slosSheet,
  deliverySheet,
  incidentsSheet,
  reviewsSheet,
  reviewActionsSheet,
  exceptionsSheet,
  premortemsSheet,
  auditLogSheet,
];
