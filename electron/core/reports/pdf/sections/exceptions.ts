// Exceptions and pre-mortems: every risk acceptance with its owner, who signed it and until when,
// its status on the pack's date (an expired one has re-opened its conflict), then each release's
// pre-mortem with its failure modes and rollback triggers.
import type { ExceptionsEvidence } from '../../evidence-data';
import { plural } from '../../../../../shared/format/plural';
import { INK, SIZE } from '../theme';
import { defineSection } from './section';

const STATUS = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  expired: 'EXPIRED',
  withdrawn: 'Withdrawn',
} as const;

export const exceptionsSection = defineSection<ExceptionsEvidence>({
  id: 'exceptions',
  title: 'Exceptions and pre-mortems',
  load: (e) => e.exceptions,
  entries: (x) => 3 + x.premortems.length,
  render(w, x) {
    w.heading('Exceptions and pre-mortems');
    const expired = x.register.filter((e) => e.status === 'expired').length;
    w.paragraph(
      `${plural(x.register.length, 'exception')} in the register, ${x.register.filter((e) => e.status === 'accepted').length} accepted and in force, ${expired} expired (their conflicts are open again). ` +
        `${plural(x.premortems.length, 'release')} with a pre-mortem.`,
      { gap: 8 },
    );
    w.heading('Exceptions register', 2);
    if (x.register.length === 0) w.paragraph('No exceptions recorded.');
    else
      w.table(
        [
          { header: 'Conflict' },
          { header: 'Owner', width: 80 },
          { header: 'Accepted by', width: 80 },
          { header: 'Until', width: 58 },
          { header: 'Status', width: 56 },
        ],
        x.register.map((e) => ({
          cells: [
            `${e.conflictSummary}\nRationale: ${e.rationale}${e.compensatingControls ? `\nControls: ${e.compensatingControls}` : ''}`,
            e.owner,
            e.acceptedBy
              ? `${e.acceptedBy}${e.signatureValid === false ? ' (signature does not verify)' : ' (signed)'}`
              : '—',
            e.expiresOn,
            STATUS[e.status],
          ],
          ink: e.status === 'expired' ? INK.danger : e.status === 'withdrawn' ? INK.muted : undefined,
        })),
      );
    w.heading('Pre-mortems', 2);
    if (x.premortems.length === 0) w.paragraph('No release has a pre-mortem.');
    for (const p of x.premortems) {
      w.heading(`${p.releaseName} (${p.riskLevel} risk)`, 2);
      for (const m of p.modes)
        w.paragraph(
          `${m.description} Likelihood ${m.likelihood}, impact ${m.impact}. Detection: ${m.detection} Mitigation: ${m.mitigation} Trigger (${m.trigger.metric}): ${m.triggerText}.`,
          { size: SIZE.small, gap: 5 },
        );
    }
  },
});
