// Questionnaires for 200 processes: the campaign created and every owner's workbook written
// (20 owners × 10 processes), one owner holding all 200 (one workbook of 200 sheets), and that
// workbook read back and reviewed against the BIA.
import { readFileSync } from 'node:fs';
import type { AnswersPreview, CampaignDetail, NodeView } from '../../shared/contract';
import { tempDir, testSession, type testShell } from '../fixtures/session';
import { measure, type BenchFigure } from './harness';

const PROCESSES = 200;

export async function run(): Promise<BenchFigure[]> {
  const dir = tempDir('steadfast-q-bench-');
  const t = testSession(dir.path);
  const delivered = () => (t.session.shell as ReturnType<typeof testShell>).delivered.at(-1)!;
  try {
    await t.as('Bench', 'Bench');
    await t.call('workspace.create', { name: 'Questionnaire bench' });
    const rows = Array.from({ length: PROCESSES }, (_, i) => ({
      kind: 'process',
      name: `Process ${String(i).padStart(3, '0')}`,
      owner: `Owner ${i % 20}`,
    }));
    await t.call('nodes.saveMany', { rows });
    const ids = (await t.call<NodeView[]>('nodes.list', { kind: 'process' })).map((p) => p.id);
    for (const [i, processId] of ids.entries())
      await t.call('bia.rate', { processId, categoryId: 'financial', bucketId: '1d', severity: i % 5 });

    const figures: BenchFigure[] = [];
    figures.push(
      await measure(
        `campaign + 20 owners' workbooks, ${PROCESSES} processes`,
        async () => {
          const c = await t.call<CampaignDetail>('campaigns.create', {
            name: 'Bench',
            dueDate: '2026-12-31',
            processIds: ids,
          });
          for (const o of c.owners)
            await t.call('campaigns.workbook', { campaignId: c.campaign.id, owner: o.owner });
        },
        { iterations: 3, budgetMs: 10_000 },
      ),
    );
    await t.call('nodes.saveMany', {
      rows: (await t.call<NodeView[]>('nodes.list', { kind: 'process' })).map((p) => ({
        id: p.id,
        kind: 'process',
        name: p.name,
        owner: 'One owner',
      })),
    });
    const one = await t.call<CampaignDetail>('campaigns.create', {
      name: 'One owner',
      dueDate: '2026-12-31',
      processIds: ids,
    });
    figures.push(
      await measure(
        `one workbook of ${PROCESSES} sheets`,
        () => t.call('campaigns.workbook', { campaignId: one.campaign.id, owner: 'One owner' }),
        { iterations: 3, budgetMs: 10_000 },
      ),
    );
    const data = readFileSync(delivered()).toString('base64');
    figures.push(
      await measure(
        `read + review that workbook (${PROCESSES} processes)`,
        () => t.call<AnswersPreview>('answers.preview', { fileName: 'one.xlsx', dataBase64: data }),
        { iterations: 3, budgetMs: 5_000, note: `${((data.length * 0.75) / 1024).toFixed(0)} KB` },
      ),
    );
    return figures;
  } finally {
    t.session.replaceWorkspace(null);
    dir.cleanup();
  }
}
