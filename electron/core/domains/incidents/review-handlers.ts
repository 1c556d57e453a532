// Reviews: a blameless post-incident review, or a post-implementation review of a failed or
// rolled-back release (a release that did not fail is refused with the reason). Actions are findings
// with owner, due date and status that may point at the runbook step or the process BIA they change.
import { AppError } from '../../../../shared/contract';
import { releaseReviewProblem } from '../../../../shared/domain/incident';
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import { reviewList, toReviewView } from './read';

export const reviewHandlers = {
  'reviews.list': (_input, ctx) => reviewList(requireWorkspace(ctx)),
  'reviews.save': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { subject, completed, ...text } = input;
    const id = ws.write(w, (s) => {
      if (subject.kind === 'incident') s.incidents.incident(subject.incidentId);
      else {
        const problem = releaseReviewProblem(s.releases.get(subject.releaseId));
        if (problem) throw new AppError('INVALID_INPUT', problem);
      }
      const before = s.incidents.reviewOf(
        subject.kind === 'incident' ? { incidentId: subject.incidentId } : { releaseId: subject.releaseId },
      );
      // Completing keeps its first date; reopening (completed: false) clears it.
      const completedAt = completed ? (before?.completedAt ?? w.now.getTime()) : null;
      return s.incidents.saveReview(w, {
        subject: subject.kind,
        incidentId: subject.kind === 'incident' ? subject.incidentId : null,
        releaseId: subject.kind === 'release' ? subject.releaseId : null,
        ...text,
        completedAt,
      });
    });
    return toReviewView(ws, ws.store.incidents.review(id));
  },
  'reviews.saveAction': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const { id, reviewId, ...values } = input;
    const savedId = ws.write(w, (s) => {
      s.incidents.review(reviewId);
      if (id) {
        const before = s.drtests.finding(id);
        if (before && before.reviewId !== reviewId)
          throw new AppError('CONFLICT', 'That action belongs to another review or to a DR test.');
      }
      if (values.processId) {
        const missing = s.incidents.firstMissingNode([values.processId]);
        if (missing) throw new AppError('INVALID_INPUT', `Process ${missing} is not in the workspace.`);
      }
      return s.drtests.saveFinding(w, id, { ...values, testId: null, reviewId });
    });
    return ws.store.drtests.finding(savedId)!;
  },
} satisfies Partial<Handlers>;
