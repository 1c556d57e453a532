// Incidents: the register (times in order or refused with the reason), the timeline, crisis mode (a
// recovery or rollback runbook run against the live incident with the DR-test run engine: events
// stored as they happen, state derived from them), the communications log with drafts per
// stakeholder group, the DORA classification and its report fields, and the review policy.
import { writeFile } from 'node:fs/promises';
import { AppError, type IncidentDetail } from '../../../../shared/contract';
import type { RunEvent } from '../../../../shared/domain/drtest';
import { runEventProblem } from '../../../../shared/domain/drtest/run-fits';
import {
  doraReportCsv,
  doraReportRows,
  draftMessage,
  impactProblems,
  incidentTimeProblems,
} from '../../../../shared/domain/incident';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import type { Workspace } from '../../app/workspace';
import { incidentMeasures } from './measures';
import { doraDurations, incidentDetail, incidentList } from './read';

const RUNNABLE_KINDS = new Set(['recovery', 'rollback', 'failover']);

function assertRunFits(d: IncidentDetail, event: { type: RunEvent['type']; stepId?: string }): void {
  const stepIds = new Set(d.runbooks.flatMap((r) => r.steps.map((s) => s.id)));
  if (event.type === 'started' && stepIds.size === 0)
    throw new AppError('CONFLICT', 'Open a recovery or rollback runbook with steps before starting the run.');
  const problem = runEventProblem(d.state, stepIds, event, 'run');
  if (problem) throw new AppError('CONFLICT', problem);
}

function nodeNames(ws: Workspace, ids: readonly string[]): string[] {
  const names = ws.store.runbooks.nodeNames();
  return ids.map((id) => names.get(id) ?? id);
}

export const incidentHandlers = {
  'incidents.list': (_input, ctx) => incidentList(requireWorkspace(ctx), ctx.session.clock.now().getTime()),
  'incidents.get': (input, ctx) =>
    incidentDetail(requireWorkspace(ctx), input.incidentId, ctx.session.clock.now().getTime()),
  'incidents.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, ...values } = input;
    const problems = [...incidentTimeProblems(values), ...impactProblems(values.impact)];
    if (problems.length > 0) throw new AppError('INVALID_INPUT', problems.join(' '));
    const savedId = ws.write(w, (s) => {
      const missing = s.incidents.firstMissingNode(values.nodeIds);
      if (missing !== undefined)
        throw new AppError('INVALID_INPUT', `Node ${missing} is not in the workspace.`);
      if (values.causeReleaseId) s.releases.get(values.causeReleaseId);
      return s.incidents.saveIncident(w, id, values);
    });
    return incidentDetail(ws, savedId, w.now.getTime());
  },
  'incidents.addEntry': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.write(w, (s) => {
      s.incidents.incident(input.incidentId);
      return s.incidents.addEntry(w, input.incidentId, input.at ?? w.now.getTime(), input.text);
    });
    return incidentDetail(ws, input.incidentId, w.now.getTime());
  },
  'incidents.openRunbook': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    ws.write(w, (s) => {
      const incident = s.incidents.incident(input.incidentId);
      const summary = s.runbooks.summary(input.runbookId);
      if (!RUNNABLE_KINDS.has(summary.kind))
        throw new AppError(
          'INVALID_INPUT',
          `"${summary.name}" is a ${summary.kind} runbook: crisis mode runs a recovery, rollback or failover runbook.`,
        );
      // The approved version is the one people are trained on; a runbook never approved runs its latest.
      const version =
        s.runbooks.approvedVersion(input.runbookId) ?? s.runbooks.latestVersion(input.runbookId);
      if (incident.runbookVersionIds.includes(version.id))
        throw new AppError('CONFLICT', `"${summary.name}" is already open against this incident.`);
      return s.incidents.openRunbook(w, input.incidentId, version.id);
    });
    return incidentDetail(ws, input.incidentId, w.now.getTime());
  },
  'incidents.record': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const at = w.now.getTime();
    ws.write(w, (s) => {
      assertRunFits(incidentDetail(ws, input.incidentId, at), input.event);
      return s.incidents.recordEvent(w, input.incidentId, input.event);
    });
    return incidentDetail(ws, input.incidentId, at);
  },
  'incidents.logMessage': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { incidentId, sentAt, ...m } = input;
    ws.write(w, (s) => {
      s.incidents.incident(incidentId);
      return s.incidents.logMessage(w, incidentId, { ...m, sentAt: sentAt ?? w.now.getTime() });
    });
    return incidentDetail(ws, incidentId, w.now.getTime());
  },
  'incidents.draftMessage': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const i = ws.store.incidents.incident(input.incidentId);
    return draftMessage(input.audience, {
      ...i,
      services: nodeNames(ws, i.nodeIds),
      now: ctx.session.clock.now().getTime(),
    });
  },
  'incidents.classify': (input, ctx) => {
    const d = incidentDetail(requireWorkspace(ctx), input.incidentId, ctx.session.clock.now().getTime());
    if (!d.dora.classification)
      throw new AppError(
        'INVALID_INPUT',
        `The DORA classification needs these impact fields: ${d.dora.missing.join('; ')}.`,
      );
    return d.dora;
  },
  'incidents.exportDoraReport': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const now = ctx.session.clock.now().getTime();
    const d = incidentDetail(ws, input.incidentId, now);
    const classification = d.dora.classification;
    if (!classification)
      throw new AppError(
        'INVALID_INPUT',
        `The DORA report needs these impact fields first: ${d.dora.missing.join('; ')}.`,
      );
    const i = d.incident;
    const rows = doraReportRows({
      ...i,
      services: d.nodes.map((n) => n.name),
      classification,
      classifiedAt: now,
      ...doraDurations(i, now),
      actions: (d.review?.actions ?? []).map(
        (a) => `${a.title} (${a.owner}, ${a.dueDate ?? 'no date'}, ${a.status})`,
      ),
    });
    const body =
      input.format === 'csv' ? doraReportCsv(rows) : `${JSON.stringify({ incident: i.id, rows }, null, 2)}\n`;
    const base = `DORA report ${i.title.replace(/[^\w-]+/g, '_')}.${input.format}`;
    return ctx.session.shell.deliverFile(base, async (path) => {
      await writeFile(path, body, 'utf8');
    });
  },
  'incidents.measures': (_input, ctx) =>
    incidentMeasures(requireWorkspace(ctx), ctx.session.clock.now().getTime()),
  'incidents.policy': (_input, ctx) => ({
    reviewDueDays: requireWorkspace(ctx).store.incidents.reviewDueDays(),
  }),
  'incidents.setPolicy': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    return { reviewDueDays: ws.write(w, (s) => s.incidents.setReviewDueDays(w, input.reviewDueDays)) };
  },
} satisfies Partial<Handlers>;
