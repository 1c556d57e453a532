// Takes a reviewed workbook's answers into the BIA in one transaction: every change, or the ones
// the analyst selected. Each process's edit is recorded like any BIA edit (the analyst is the
// editor and an approved BIA returns to draft), and its questionnaire's acceptance entry says
// "answered by <owner>, accepted by <analyst>"; the analyst's key signs the transaction.
import { AppError, type AnswersAcceptResult } from '../../../../shared/contract';
import type { AuditInput } from '../../store/audit-chain';
import type { Store, WriteContext, Written } from '../../store';
import { editsOf, type Review } from './review';

export type Selection = { questionnaireId: string; keys: string[] }[] | undefined;

export function acceptAnswers(
  s: Store,
  w: WriteContext,
  review: Review,
  select: Selection,
): Written<AnswersAcceptResult> {
  const chosen = select ? new Map(select.map((x) => [x.questionnaireId, new Set(x.keys)])) : undefined;
  if (chosen) {
    const known = new Set(review.processes.map((p) => p.questionnaire.id));
    const stray = [...chosen.keys()].find((id) => !known.has(id));
    if (stray) throw new AppError('INVALID_INPUT', `The questionnaire ${stray} is not in this workbook.`);
  }
  const audit: AuditInput[] = [];
  const accepted: AnswersAcceptResult['accepted'] = [];
  for (const p of review.processes) {
    const q = p.questionnaire;
    const keys = chosen ? chosen.get(q.id) : undefined;
    if (chosen && !keys) continue;
    if (q.status === 'accepted') {
      if (!chosen) continue;
      throw new AppError(
        'CONFLICT',
        `The questionnaire for ${p.view.processName} was already accepted by ${q.acceptedBy ?? 'someone'}; nothing was changed.`,
      );
    }
    const { changes, edits } = editsOf(p.answers, p.detail, review.registers);
    const unknown = keys ? [...keys].find((k) => !changes.some((c) => c.key === k)) : undefined;
    if (unknown)
      throw new AppError(
        'INVALID_INPUT',
        `${p.view.processName} has no answer "${unknown}" that differs from its BIA.`,
      );
    const taken = changes.filter((c) => !keys || keys.has(c.key));
    const rec = s.bia.record(q.processId);
    const edit: AuditInput[] = [];
    for (const c of taken) {
      const e = edits.get(c.key)!;
      for (const r of e.ratings) edit.push(...s.bia.rate(w, q.processId, { ...r }).audit);
      if (Object.keys(e.fields).length > 0) edit.push(...s.bia.update(w, q.processId, e.fields).audit);
    }
    if (edit.length > 0) edit.push(...s.bia.markEdited(w, rec).audit);
    audit.push(
      ...edit,
      ...s.questionnaires.markAccepted(w, q.id, p.answers.dependencies, {
        changesAccepted: taken.map((c) => c.key),
        changesLeft: changes.filter((c) => !taken.includes(c)).map((c) => c.key),
      }).audit,
    );
    accepted.push({ questionnaireId: q.id, processId: q.processId, changes: taken.length });
  }
  if (accepted.length === 0)
    throw new AppError('INVALID_INPUT', 'Choose at least one questionnaire to accept.');
  return { value: { accepted }, audit };
}
