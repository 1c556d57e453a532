// Questionnaire campaigns: a campaign sends one questionnaire per chosen process to its owner; each
// questionnaire moves from sent to returned (a valid workbook came back) to accepted (an analyst
// took its answers into the BIA).
import { randomUUID } from 'node:crypto';
import { asc, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '../../../../shared/contract';
import type { Db } from '../db';
import { questionnaire, questionnaireCampaign } from '../schema';
import type { WriteContext, Written } from '../write';

export type CampaignRow = typeof questionnaireCampaign.$inferSelect;
export type QuestionnaireRow = typeof questionnaire.$inferSelect;

export function questionnairesStore(db: Db) {
  const get = (id: string): QuestionnaireRow | undefined =>
    db.select().from(questionnaire).where(eq(questionnaire.id, id)).get();

  return {
    campaigns: (): CampaignRow[] =>
      db
        .select()
        .from(questionnaireCampaign)
        .where(isNull(questionnaireCampaign.retiredAt))
        .orderBy(desc(questionnaireCampaign.createdAt), asc(questionnaireCampaign.name))
        .all(),

    campaign: (id: string): CampaignRow | undefined =>
      db.select().from(questionnaireCampaign).where(eq(questionnaireCampaign.id, id)).get(),

    /** A campaign's questionnaires by owner, then process id. */
    ofCampaign: (campaignId: string): QuestionnaireRow[] =>
      db
        .select()
        .from(questionnaire)
        .where(eq(questionnaire.campaignId, campaignId))
        .orderBy(asc(questionnaire.owner), asc(questionnaire.processId))
        .all(),

    /** Every questionnaire of every live campaign (for due lists). */
    all: (): QuestionnaireRow[] =>
      db
        .select({ q: questionnaire })
        .from(questionnaire)
        .innerJoin(questionnaireCampaign, eq(questionnaireCampaign.id, questionnaire.campaignId))
        .where(isNull(questionnaireCampaign.retiredAt))
        .all()
        .map((r) => r.q),

    get,

    /** A campaign and one questionnaire per process, all sent now. */
    createCampaign(
      w: WriteContext,
      c: { name: string; dueDate: string },
      sends: readonly { processId: string; owner: string }[],
    ): Written<string> {
      const at = w.now.toISOString();
      const id = randomUUID();
      db.insert(questionnaireCampaign)
        .values({
          id,
          name: c.name,
          dueDate: c.dueDate,
          createdBy: w.actor.name,
          createdAt: at,
          updatedAt: at,
        })
        .run();
      const rows = sends.map((s) => ({
        id: randomUUID(),
        campaignId: id,
        processId: s.processId,
        owner: s.owner,
        dueDate: c.dueDate,
        status: 'sent' as const,
        sentAt: at,
        createdAt: at,
        updatedAt: at,
      }));
      for (const r of rows) db.insert(questionnaire).values(r).run();
      return {
        value: id,
        audit: [
          {
            action: 'campaign.create',
            entity: 'campaign',
            entityId: id,
            after: { name: c.name, dueDate: c.dueDate, createdBy: w.actor.name, questionnaires: rows.length },
          },
          ...rows.map((r) => ({
            action: 'questionnaire.send',
            entity: 'questionnaire',
            entityId: r.id,
            after: { campaignId: id, processId: r.processId, owner: r.owner, dueDate: r.dueDate },
          })),
        ],
      };
    },

    /** Records that a valid workbook came back; a second return keeps the first time. */
    markReturned(w: WriteContext, id: string): Written<null> {
      const q = get(id);
      if (!q) throw new AppError('NOT_FOUND', `There is no questionnaire with id ${id}.`);
      if (q.status !== 'sent') return { value: null, audit: [] };
      const at = w.now.toISOString();
      db.update(questionnaire)
        .set({ status: 'returned', returnedAt: at, updatedAt: at })
        .where(eq(questionnaire.id, id))
        .run();
      return {
        value: null,
        audit: [
          {
            action: 'questionnaire.return',
            entity: 'questionnaire',
            entityId: id,
            before: { status: q.status },
            after: { status: 'returned', returnedAt: at },
          },
        ],
      };
    },

    /** The analyst took (some of) the answers into the BIA; `applied` summarises what changed. */
    markAccepted(
      w: WriteContext,
      id: string,
      dependencies: string[],
      applied: Record<string, unknown>,
    ): Written<null> {
      const q = get(id);
      if (!q) throw new AppError('NOT_FOUND', `There is no questionnaire with id ${id}.`);
      if (q.status === 'accepted')
        throw new AppError(
          'CONFLICT',
          `That questionnaire was already accepted by ${q.acceptedBy ?? 'someone'}.`,
        );
      const at = w.now.toISOString();
      db.update(questionnaire)
        .set({
          status: 'accepted',
          returnedAt: q.returnedAt ?? at,
          acceptedAt: at,
          acceptedBy: w.actor.name,
          dependencies,
          updatedAt: at,
        })
        .where(eq(questionnaire.id, id))
        .run();
      return {
        value: null,
        audit: [
          {
            action: 'questionnaire.accept',
            entity: 'questionnaire',
            entityId: id,
            before: { status: q.status },
            after: {
              status: 'accepted',
              processId: q.processId,
              answeredBy: q.owner,
              acceptedBy: w.actor.name,
              summary: `answered by ${q.owner}, accepted by ${w.actor.name}`,
              dependencies,
              ...applied,
            },
          },
        ],
      };
    },
  };
}
