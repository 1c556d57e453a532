// The exceptions register (who accepted what, until when, status on the pack's date) and every
// pre-mortem failure mode with its rollback trigger.
import type { SheetSpec } from '../sheet';

export const exceptionsSheet: SheetSpec = {
  name: 'Exceptions',
  columns: [
    { header: 'Conflict', key: 'summary', width: 60 },
    { header: 'Conflict key', key: 'key', width: 40 },
    { header: 'Kind', key: 'kind', width: 18 },
    { header: 'Rationale', key: 'rationale', width: 50 },
    { header: 'Compensating controls', key: 'controls', width: 50 },
    { header: 'Business owner', key: 'owner', width: 22 },
    { header: 'Raised by', key: 'raisedBy', width: 22 },
    { header: 'Accepted by', key: 'acceptedBy', width: 22 },
    { header: 'Accepted at', key: 'acceptedAt', width: 22 },
    { header: 'Expires on', key: 'expiresOn', width: 12 },
    { header: 'Status', key: 'status', width: 12 },
    { header: 'Signature', key: 'signature', width: 14 },
    { header: 'Conflict still reported', key: 'open', width: 12 },
    { header: 'Exception id', key: 'id', width: 38 },
  ],
  size: (e) => e.exceptions.register.length,
  *rows(e) {
    for (const x of e.exceptions.register)
      yield {
        summary: x.conflictSummary,
        key: x.conflictKey,
        kind: x.conflictKind,
        rationale: x.rationale,
        controls: x.compensatingControls,
        owner: x.owner,
        raisedBy: x.raisedBy,
        acceptedBy: x.acceptedBy,
        acceptedAt: x.acceptedAt,
        expiresOn: x.expiresOn,
        status: x.status,
        signature:
          x.signatureValid === null ? 'not signed' : x.signatureValid ? 'verifies' : 'does not verify',
        open: x.conflictOpen ? 'yes' : 'no',
        id: x.id,
      };
  },
};

export const premortemsSheet: SheetSpec = {
  name: 'Pre-mortems',
  columns: [
    { header: 'Release', key: 'release', width: 28 },
    { header: 'Risk', key: 'risk', width: 8 },
    { header: 'Failure mode', key: 'description', width: 50 },
    { header: 'Likelihood', key: 'likelihood', width: 10 },
    { header: 'Impact', key: 'impact', width: 10 },
    { header: 'Detection', key: 'detection', width: 40 },
    { header: 'Mitigation', key: 'mitigation', width: 40 },
    { header: 'Trigger metric', key: 'metric', width: 12 },
    { header: 'Rollback trigger', key: 'trigger', width: 44 },
    { header: 'Threshold', key: 'threshold', width: 10 },
  ],
  size: (e) => e.exceptions.premortems.reduce((n, p) => n + p.modes.length, 0),
  *rows(e) {
    for (const p of e.exceptions.premortems)
      for (const m of p.modes)
        yield {
          release: p.releaseName,
          risk: p.riskLevel,
          description: m.description,
          likelihood: m.likelihood,
          impact: m.impact,
          detection: m.detection,
          mitigation: m.mitigation,
          metric: m.trigger.metric,
          trigger: m.triggerText,
          threshold: m.trigger.threshold,
        };
  },
};
