// The level-definitions and questionnaires aggregates on a real SQLite file: rows read back after a
// reopen, an unchanged save records nothing, and a questionnaire moves sent → returned → accepted once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeFixture, type StoreFixture } from '../../fixtures/store';

let f: StoreFixture;
beforeEach(async () => {
  f = await storeFixture();
});
afterEach(() => f.cleanup());

describe('store: level definitions and questionnaires', () => {
  it('keeps a level text, records only real changes, and reads it back after a reopen', async () => {
    const w = f.w();
    const save = (text: string) => f.ws.store.levelDefinitions.save(w, 'financial', 3, text).audit.length;
    f.ws.write(w, (s) => s.levelDefinitions.save(w, 'financial', 3, 'Above €1 m a day'));
    expect(save('Above €1 m a day')).toBe(0);
    const ws = await f.reopen();
    expect(ws.store.levelDefinitions.all()).toEqual([
      { categoryId: 'financial', severity: 3, definition: 'Above €1 m a day' },
    ]);
  });

  it('sends, returns and accepts a questionnaire exactly once', async () => {
    const w = f.w();
    const processId = f.ws.write(w, (s) =>
      s.nodes.save(w, {
        kind: 'process',
        name: 'Billing',
        owner: 'Olu',
        department: '',
        description: '',
        tierId: null,
        rtoMinutes: null,
        rpoMinutes: null,
        restoreMinutes: null,
      }),
    );
    const campaignId = f.ws.write(w, (s) =>
      s.questionnaires.createCampaign(w, { name: 'Spring', dueDate: '2026-04-01' }, [
        { processId, owner: 'Olu' },
      ]),
    );
    const [q] = f.ws.store.questionnaires.ofCampaign(campaignId);
    expect(q).toMatchObject({ processId, owner: 'Olu', status: 'sent', dueDate: '2026-04-01' });
    f.ws.write(w, (s) => s.questionnaires.markReturned(w, q!.id));
    expect(f.ws.store.questionnaires.markReturned(w, q!.id).audit).toEqual([]);
    f.ws.write(w, (s) => s.questionnaires.markAccepted(w, q!.id, ['ERP'], {}));
    const ws = await f.reopen();
    expect(ws.store.questionnaires.get(q!.id)).toMatchObject({
      status: 'accepted',
      acceptedBy: 'Ana Souza',
      dependencies: ['ERP'],
    });
    expect(ws.store.questionnaires.campaign(campaignId)).toMatchObject({
      name: 'Spring',
      createdBy: 'Ana Souza',
    });
    expect(() => ws.store.questionnaires.markAccepted(w, q!.id, [], {})).toThrow(
      /already accepted by Ana Souza/,
    );
  });
});
