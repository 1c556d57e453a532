// The PDF pack's sections in print order, after the cover and the contents. A capability adds its
// evidence by adding a section module here (runbooks, DR tests and releases will, once they exist).
import { auditTrailSection } from './audit-trail';
import { biaSection } from './bia';
import { dependencyMapSection } from './dependency-map';
import { manifestSection } from './manifest-page';
import { objectivesSection } from './objectives';
import { resilienceSection } from './resilience';
import type { SectionEntry } from './section';
import { summarySection } from './summary';

export const PDF_SECTIONS: readonly SectionEntry[] = [
  summarySection,
  biaSection,
  objectivesSection,
  dependencyMapSection,
  resilienceSection,
  auditTrailSection,
  manifestSection,
];
