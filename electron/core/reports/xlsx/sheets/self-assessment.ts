// Clause coverage in the workbook: one row per requirement with its status, the evidence counted,
// the records named and what is missing; a requirement not met is highlighted.
import { coverageEvidence } from '../../coverage-evidence';
import type { SheetSpec } from '../sheet';

export const clauseCoverageSheet: SheetSpec = {
  name: 'Clause coverage',
  preface: ['Generated from the workspace: a requirement with no evidence is a gap, never met.'],
  columns: [
    { header: 'Framework', key: 'framework', width: 16 },
    { header: 'Clause', key: 'clause', width: 14 },
    { header: 'Requirement', key: 'requirement', width: 50 },
    { header: 'Status', key: 'status', width: 12 },
    { header: 'Not met', key: 'notMet', width: 9 },
    { header: 'Evidence', key: 'evidence', width: 60 },
    { header: 'Records', key: 'records', width: 60 },
    { header: 'Missing', key: 'missing', width: 60 },
  ],
  gaps: [{ key: 'notMet', above: 0 }],
  size: (e) => coverageEvidence(e).length,
  *rows(e) {
    for (const r of coverageEvidence(e))
      yield {
        framework: r.framework,
        clause: r.clause,
        requirement: r.requirement,
        status: r.status,
        notMet: r.status === 'met' ? 0 : 1,
        evidence: r.evidence,
        records: r.records.join(', '),
        missing: r.missing,
      };
  },
};
