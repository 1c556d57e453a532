// Self-assessment (PRA SS1/21 §8.3): the clause-coverage table generated from the workspace, each
// requirement met, partly met or a gap, with the records counted as evidence and what is missing.
import type { CoverageRow, CoverageStatus } from '../../../../../shared/domain/resilience';
import { STATUS } from '../../../../../shared/presentation/palette';
import { coverageEvidence } from '../../coverage-evidence';
import { INK, SIZE } from '../theme';
import { defineSection } from './section';

const WORD: Record<CoverageStatus, string> = { met: 'Met', partly: 'Partly met', gap: 'Gap' };
const INK_OF: Record<CoverageStatus, string> = { met: INK.ok, partly: STATUS.warning, gap: INK.danger };

export const selfAssessmentSection = defineSection<CoverageRow[]>({
  id: 'self-assessment',
  title: 'Self-assessment',
  load: (e) => coverageEvidence(e),
  entries: () => 1,
  render(w, rows) {
    w.heading('Self-assessment');
    const count = (s: CoverageStatus) => rows.filter((r) => r.status === s).length;
    w.paragraph(
      `Clause coverage generated from the workspace's records: ${count('met')} of ${rows.length} requirements met, ${count('partly')} partly met, ${count('gap')} gaps. A requirement with no evidence is a gap, never met. PRA SS1/21 §8.3, DORA Art. 11(5), RTS 2024/1774 Art. 24–26 and ISO 22301 §8.2.2.`,
      { gap: 8 },
    );
    w.table(
      [
        { header: 'Framework', width: 76 },
        { header: 'Clause', width: 48 },
        { header: 'Requirement', width: 130 },
        { header: 'Status', width: 48 },
        { header: 'Evidence and what is missing' },
      ],
      rows.map((r) => ({
        cells: [
          r.framework,
          r.clause,
          r.requirement,
          WORD[r.status],
          r.missing ? `${r.evidence}. Missing: ${r.missing}.` : `${r.evidence}.`,
        ],
        ink: INK_OF[r.status],
      })),
      { size: SIZE.small },
    );
  },
});
