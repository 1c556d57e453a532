// The PDF pack's sections in print order, after the cover and the contents. A capability adds its
// evidence by adding a section module here.
import { auditTrailSection } from './audit-trail';
import { biaSection } from './bia';
import { dependencyMapSection } from './dependency-map';
import { drTestsSection } from './drtests';
import { incidentsSection } from './incidents';
import { exceptionsSection } from './exceptions';
import { manifestSection } from './manifest-page';
import { objectivesSection } from './objectives';
import { operationalResilienceSection } from './operational-resilience';
import { releasesSection } from './releases';
import { resilienceSection } from './resilience';
import { runbooksSection } from './runbooks';
import { selfAssessmentSection } from './self-assessment';
import type { SectionEntry } from './section';
import { summarySection } from './summary';

export const PDF_SECTIONS: readonly SectionEntry[] = [
  summarySection,
  biaSection,
  objectivesSection,
  dependencyMapSection,
  resilienceSection,
  operationalResilienceSection,
  selfAssessmentSection,
  runbooksSection,
  drTestsSection,
  releasesSection,
  incidentsSection,
  exceptionsSection,
  auditTrailSection,
  manifestSection,
];
