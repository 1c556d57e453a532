// `steadfast questionnaires` writes one questionnaire workbook per owner of a campaign (creating the
// campaign first when --due is given); `steadfast answers` reviews a returned workbook against the
// BIA and, with --accept, takes every answer in one signed transaction.
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AppError, type DerivedSummary } from '../../shared/contract';
import { formatDuration } from '../../shared/format/duration';
import { DataDir, defaultDataDir } from '../core/app/data-dir';
import { identityWriteContext } from '../core/app/signers';
import { systemClock } from '../core/app/context';
import { Workspace } from '../core/app/workspace';
import { acceptAnswers } from '../core/domains/questionnaires/accept';
import { ownerFilePart } from '../core/domains/questionnaires/handlers';
import { loadCampaign, workbookData } from '../core/domains/questionnaires/read';
import { reviewAnswers } from '../core/domains/questionnaires/review';
import { readReturnedWorkbook } from '../core/domains/questionnaires/workbook-read';
import { writeQuestionnaireWorkbook } from '../core/domains/questionnaires/workbook-write';
import { EXIT, type CommandSpec } from './commands';
import { unlockForCli } from './identity';

type Flags = Record<string, string | boolean>;
const str = (flags: Flags, name: string) =>
  typeof flags[name] === 'string' && flags[name].trim() !== '' ? flags[name].trim() : undefined;

function need(value: string | undefined, what: string): string {
  if (!value) throw new AppError('INVALID_INPUT', `Name the ${what}.`);
  return value;
}

/** A campaign by id or (unique) name. */
function findCampaign(ws: Workspace, wanted: string) {
  const all = ws.store.questionnaires.campaigns();
  const hit = all.filter((c) => c.id === wanted || c.name.toLowerCase() === wanted.toLowerCase());
  if (hit.length === 1) return hit[0]!;
  throw new AppError(
    hit.length === 0 ? 'NOT_FOUND' : 'CONFLICT',
    hit.length === 0
      ? `No campaign is named "${wanted}"${all.length > 0 ? ` (there are: ${all.map((c) => c.name).join(', ')})` : ''}; give --due to create it.`
      : `${hit.length} campaigns are named "${wanted}"; give its id instead.`,
  );
}

function createCampaign(
  ws: Workspace,
  flags: Flags,
  io: Parameters<CommandSpec['run']>[2],
  name: string,
  now: Date,
) {
  const due = need(str(flags, 'due'), 'due date: --due YYYY-MM-DD');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due))
    throw new AppError('INVALID_INPUT', `--due takes a date such as 2026-04-01, not "${due}".`);
  const live = ws.store.bia.liveProcesses();
  const wanted = str(flags, 'processes')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const chosen = wanted
    ? wanted.map((w) => {
        const p = live.filter((r) => r.id === w || r.name.toLowerCase() === w.toLowerCase());
        if (p.length !== 1)
          throw new AppError('NOT_FOUND', `--processes: no single live process is named "${w}".`);
        return p[0]!;
      })
    : live.filter((p) => p.owner.trim() !== '');
  const orphan = chosen.find((p) => p.owner.trim() === '');
  if (orphan)
    throw new AppError('INVALID_INPUT', `${orphan.name} has no owner to send its questionnaire to.`);
  if (chosen.length === 0)
    throw new AppError('INVALID_INPUT', 'No live process has an owner to send a questionnaire to.');
  const w = identityWriteContext(unlockForCli(new DataDir(defaultDataDir(io.env)), flags, io), now);
  return ws.write(w, (s) =>
    s.questionnaires.createCampaign(
      w,
      { name, dueDate: due },
      chosen.map((p) => ({ processId: p.id, owner: p.owner.trim() })),
    ),
  );
}

export const questionnairesCommand: CommandSpec = {
  usage:
    'steadfast questionnaires <file> --campaign <name or id> --out <folder> [--due YYYY-MM-DD [--processes a,b]] [--as <identity>] [--passphrase-file <file>]',
  summary: "write each owner's BIA questionnaire workbook for a campaign",
  details:
    "Writes questionnaire-<owner>.xlsx into --out for every owner the campaign sent a questionnaire to: one sheet per process with the impact matrix as drop-downs, each level's definition beside it, and the fields to fill in. With --due, first creates the campaign (signed by you) for --processes (names or ids), or for every live process that has an owner.",
  async run(args, flags, io) {
    const file = resolve(need(args[0], 'workspace file'));
    const wanted = need(str(flags, 'campaign'), 'campaign: --campaign "Spring BIA"');
    const out = resolve(need(str(flags, 'out'), 'output folder: --out <folder>'));
    const now = io.clock?.now() ?? systemClock.now();
    const ws = await Workspace.open(file, new DataDir(defaultDataDir(io.env)), now);
    try {
      const campaignId = str(flags, 'due')
        ? createCampaign(ws, flags, io, wanted, now)
        : findCampaign(ws, wanted).id;
      const detail = loadCampaign(ws.store, campaignId, now);
      mkdirSync(out, { recursive: true });
      const started = performance.now();
      for (const o of detail.owners) {
        const path = join(out, `questionnaire-${ownerFilePart(o.owner)}.xlsx`);
        await writeQuestionnaireWorkbook(workbookData(ws.store, ws.id, campaignId, o.owner), path);
        io.out(
          `${basename(path)}: ${o.owner}, ${o.questionnaires.length} process(es), due ${detail.campaign.dueDate}`,
        );
      }
      io.out(
        `Wrote ${detail.owners.length} workbook(s) for campaign "${detail.campaign.name}" in ${Math.round(performance.now() - started)} ms.`,
      );
      return EXIT.ok;
    } finally {
      ws.close();
    }
  },
};

const minutes = (m: number | null) => (m === null ? '–' : formatDuration(m));
const summary = (d: DerivedSummary) =>
  `MTD ${minutes(d.mtd)}, RTO ${minutes(d.rto)}, RPO ${minutes(d.rpo)}, tier ${d.tier ?? '–'}`;

export const answersCommand: CommandSpec = {
  usage:
    'steadfast answers <file> <workbook.xlsx> [--campaign <name or id>] [--accept] [--as <identity>] [--passphrase-file <file>]',
  summary: 'review a returned questionnaire against the BIA; --accept takes it',
  details:
    'Checks the workbook belongs to this workspace (and to --campaign when given), lists every answer that differs from the BIA by cell, with MTD, RTO, RPO and tier before and after. With --accept, takes every answer in one transaction signed by you ("answered by <owner>, accepted by <you>"). A bad answer is named by sheet and cell and nothing is changed (exit 2).',
  async run(args, flags, io) {
    const file = resolve(need(args[0], 'workspace file'));
    const book = resolve(need(args[1], 'returned workbook'));
    const now = io.clock?.now() ?? systemClock.now();
    const ws = await Workspace.open(file, new DataDir(defaultDataDir(io.env)), now);
    try {
      const wanted = str(flags, 'campaign');
      const expected = wanted ? findCampaign(ws, wanted).id : undefined;
      const wb = await readReturnedWorkbook(basename(book), readFileSync(book));
      const review = reviewAnswers(ws.store, ws.id, wb, basename(book), expected);
      io.out(`Campaign "${review.preview.campaignName}", answered by ${review.preview.owner}:`);
      for (const p of review.preview.processes) {
        io.out(`${p.processName} (${p.status}): ${p.changes.length} change(s)`);
        for (const c of p.changes) io.out(`  ${c.cell}  ${c.label}: ${c.before ?? '–'} → ${c.after ?? '–'}`);
        if (p.dependencies.length > 0) io.out(`  dependencies named: ${p.dependencies.join('; ')}`);
        io.out(`  before: ${summary(p.before)}`);
        io.out(`  after:  ${summary(p.after)}`);
      }
      if (flags.accept !== true) return EXIT.ok;
      const w = identityWriteContext(unlockForCli(new DataDir(defaultDataDir(io.env)), flags, io), now);
      const res = ws.write(w, (s) => acceptAnswers(s, w, review, undefined));
      io.out(`Accepted ${res.accepted.length} questionnaire(s) as ${w.actor.name}.`);
      return EXIT.ok;
    } finally {
      ws.close();
    }
  },
};
