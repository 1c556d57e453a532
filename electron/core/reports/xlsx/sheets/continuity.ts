// Runbooks (the version in force), their steps, DR-test results per node, and findings.
import { DATE_TIME, MINUTES, type SheetSpec } from '../sheet';

const PERCENT = '0%';

export const runbooksSheet: SheetSpec = {
  name: 'Runbooks',
  columns: [
    { header: 'Runbook', key: 'name', width: 34 },
    { header: 'Kind', key: 'kind', width: 12 },
    { header: 'Strategy', key: 'strategy', width: 16 },
    { header: 'Version', key: 'version', width: 9 },
    { header: 'Status', key: 'status', width: 11 },
    { header: 'Author', key: 'author', width: 22 },
    { header: 'Approved by', key: 'approvedBy', width: 22 },
    { header: 'Approved at', key: 'approvedAt', width: 20, numFmt: DATE_TIME },
    { header: 'Steps', key: 'steps', width: 8 },
    { header: 'Critical path (min)', key: 'critical', width: 17, numFmt: MINUTES },
    { header: 'P50 (min)', key: 'p50', width: 11, numFmt: MINUTES },
    { header: 'P90 (min)', key: 'p90', width: 11, numFmt: MINUTES },
    { header: 'RTO (min)', key: 'rto', width: 11, numFmt: MINUTES },
    { header: 'P(≤ RTO)', key: 'pMeet', width: 10, numFmt: PERCENT },
    { header: 'Targets', key: 'targets', width: 50 },
    { header: 'Version id', key: 'id', width: 38 },
  ],
  size: (e) => e.continuity.runbooks.length,
  *rows(e) {
    for (const r of e.continuity.runbooks) {
      const t = r.timing;
      yield {
        name: r.summary.name,
        kind: r.summary.kind,
        strategy: r.summary.strategy,
        version: r.version.version,
        status: r.version.status,
        author: r.version.authorName,
        approvedBy: r.version.approvedBy,
        approvedAt: r.version.approvedAt ? new Date(r.version.approvedAt) : null,
        steps: r.version.steps.length,
        critical: t?.criticalPath.total ?? null,
        p50: t ? Math.round(t.monteCarlo.p50) : null,
        p90: t ? Math.round(t.monteCarlo.p90) : null,
        rto: t?.rtoMinutes ?? null,
        pMeet: t?.monteCarlo.pMeetRto ?? null,
        targets: r.version.targetNodeIds.map((id) => e.continuity.nodeNames.get(id) ?? id).join(', '),
        id: r.version.id,
      };
    }
  },
};

export const stepsSheet: SheetSpec = {
  name: 'Runbook steps',
  columns: [
    { header: 'Runbook', key: 'runbook', width: 30 },
    { header: 'Version', key: 'version', width: 9 },
    { header: '#', key: 'position', width: 5 },
    { header: 'Step', key: 'title', width: 40 },
    { header: 'Role', key: 'role', width: 18 },
    { header: 'Min (min)', key: 'min', width: 10, numFmt: MINUTES },
    { header: 'Likely (min)', key: 'likely', width: 11, numFmt: MINUTES },
    { header: 'Max (min)', key: 'max', width: 10, numFmt: MINUTES },
    { header: 'Depends on', key: 'dependsOn', width: 30 },
    { header: 'Rollback point', key: 'rollback', width: 13 },
    { header: 'Verification', key: 'verification', width: 50 },
  ],
  size: (e) => e.continuity.runbooks.reduce((n, r) => n + r.version.steps.length, 0),
  *rows(e) {
    for (const r of e.continuity.runbooks) {
      const titles = new Map(r.version.steps.map((s) => [s.key, s.title]));
      for (const s of r.version.steps)
        yield {
          runbook: r.summary.name,
          version: r.version.version,
          position: s.position + 1,
          title: s.title,
          role: s.role,
          min: s.minMinutes,
          likely: s.likelyMinutes,
          max: s.maxMinutes,
          dependsOn: s.dependsOn.map((k) => titles.get(k) ?? k).join('; '),
          rollback: s.rollbackPoint ? 'yes' : '',
          verification: s.verification,
        };
    }
  },
};

export const drTestsSheet: SheetSpec = {
  name: 'DR tests',
  columns: [
    { header: 'Test', key: 'test', width: 32 },
    { header: 'Type', key: 'type', width: 16 },
    { header: 'Scheduled', key: 'scheduled', width: 20, numFmt: DATE_TIME },
    { header: 'Status', key: 'status', width: 11 },
    { header: 'Test verdict', key: 'testVerdict', width: 12 },
    { header: 'Node', key: 'node', width: 30 },
    { header: 'RTO (min)', key: 'rto', width: 11, numFmt: MINUTES },
    { header: 'RTC (min)', key: 'rtc', width: 11, numFmt: MINUTES },
    { header: 'Gap (min)', key: 'gap', width: 11, numFmt: MINUTES },
    { header: 'RPO (min)', key: 'rpo', width: 11, numFmt: MINUTES },
    { header: 'Data loss (min)', key: 'loss', width: 14, numFmt: MINUTES },
    { header: 'Node verdict', key: 'verdict', width: 12 },
    { header: 'Reasons', key: 'reasons', width: 60 },
  ],
  gaps: [{ key: 'gap', above: 0 }],
  size: (e) => e.continuity.drTests.reduce((n, t) => n + Math.max(1, t.result?.nodes.length ?? 0), 0),
  *rows(e) {
    for (const t of e.continuity.drTests) {
      const p = t.plan;
      const base = {
        test: p.name,
        type: p.type,
        scheduled: p.scheduledAt ? new Date(p.scheduledAt) : null,
        status: p.status,
        testVerdict: p.verdict,
      };
      const nodes = t.result?.nodes ?? [];
      if (nodes.length === 0) {
        yield { ...base, node: t.nodes.map((n) => n.name).join(', ') };
        continue;
      }
      const names = new Map(t.nodes.map((n) => [n.id, n.name]));
      for (const n of nodes)
        yield {
          ...base,
          node: names.get(n.nodeId) ?? n.nodeId,
          rto: n.rtoMinutes,
          rtc: n.rtcMinutes === undefined ? null : Math.round(n.rtcMinutes),
          gap: n.gapMinutes === undefined ? null : Math.round(n.gapMinutes),
          rpo: n.rpoMinutes,
          loss: n.dataLossMinutes ?? null,
          verdict: n.verdict,
          reasons: n.reasons.join(' '),
        };
    }
  },
};

export const findingsSheet: SheetSpec = {
  name: 'Findings',
  columns: [
    { header: 'Finding', key: 'title', width: 40 },
    { header: 'Severity', key: 'severity', width: 10 },
    { header: 'Status', key: 'status', width: 12 },
    { header: 'Owner', key: 'owner', width: 22 },
    { header: 'Due', key: 'due', width: 12 },
    { header: 'DR test', key: 'test', width: 32 },
    { header: 'Description', key: 'description', width: 60 },
    { header: 'Finding id', key: 'id', width: 38 },
  ],
  size: (e) => e.continuity.findings.length,
  *rows(e) {
    const tests = new Map(e.continuity.drTests.map((t) => [t.plan.id, t.plan.name]));
    for (const f of e.continuity.findings)
      yield {
        title: f.title,
        severity: f.severity,
        status: f.status,
        owner: f.owner,
        due: f.dueDate,
        test: f.testId ? (tests.get(f.testId) ?? '') : '',
        description: f.description,
        id: f.id,
      };
  },
};
