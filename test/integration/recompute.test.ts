// `steadfast verify --recompute` on the demo's pack: every figure agrees; a changed workbook cell or a
// changed input (each re-signed with the pack's own key, so only the recomputation can tell) is
// caught and named; a malformed inputs.json is a named problem, never a crash.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceManifest } from '../../shared/contract';
import { RECOMPUTE_INPUTS_FILE, recomputeInputsSchema } from '../../shared/contract/recompute-inputs';
import { runCli } from '../../electron/cli/main';
import { DataDir } from '../../electron/core/app/data-dir';
import { identityPackSigner } from '../../electron/core/app/signers';
import { writeManifest, type ManifestFacts } from '../../electron/core/reports/manifest';
import { unlockIdentity } from '../../electron/core/trust/identity-file';
import { FIGURE_KINDS } from '../../electron/core/recompute/expected';
import { canonicalJson } from '../../electron/core/store/canonical-json';
import { openZip } from '../../electron/core/zip/read';
import { writeZip } from '../../electron/core/zip/write';
import { TEST_PASSPHRASE, tempDir } from '../fixtures/session';

const dir = tempDir('steadfast-recompute-');
const env = { STEADFAST_DATA_DIR: join(dir.path, 'data'), STEADFAST_PASSPHRASE: TEST_PASSPHRASE };
const demo = join(dir.path, 'demo.steadfast');
const AT = '2026-03-05T12:00:00Z';
let pack: string;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function exportPack(folder: string) {
  const r = await cli(
    'export',
    demo,
    '--pdf',
    'evidence.pdf',
    '--xlsx',
    'evidence.xlsx',
    '--out',
    folder,
    '--at',
    AT,
  );
  expect(r, r.err).toMatchObject({ code: 0 });
  return folder;
}

function copyPack(name: string): string {
  const to = join(dir.path, name);
  cpSync(pack, to, { recursive: true });
  return to;
}

/**
 * Re-signs a tampered pack the way its exporter would: digests and signature anew, with the
 * exporter's own personal key (an insider, so only --recompute can catch the change).
 */
async function resign(folder: string): Promise<void> {
  const m = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as EvidenceManifest;
  const file = new DataDir(env.STEADFAST_DATA_DIR).identity(m.keyFingerprint);
  if (!file) throw new Error('the exporter has no identity on this machine');
  const key = identityPackSigner(unlockIdentity(file, TEST_PASSPHRASE));
  const facts: ManifestFacts = {
    workspaceId: m.workspaceId,
    workspaceName: m.workspaceName,
    appVersion: m.appVersion,
    createdAt: m.createdAt,
    scope: m.scope,
    chainHead: m.chainHead,
    roster: m.roster,
  };
  await writeManifest(
    folder,
    m.files.map((f) => f.name),
    facts,
    key,
  );
}

/** Rewrites one cell of one part of the workbook (exactly one must match), keeping every other part. */
async function rewriteCell(
  path: string,
  part: string,
  find: RegExp,
  replace: (cell: string) => string,
): Promise<void> {
  const zip = await openZip(readFileSync(path));
  const files: { name: string; data: Buffer }[] = [];
  let changed = 0;
  for await (const entry of zip.eachEntry()) {
    let data = await buffer(await zip.openReadStreamPromise(entry));
    if (entry.fileName === part) {
      const xml = data.toString('utf8');
      const next = xml.replace(find, (cell) => (changed++, replace(cell)));
      data = Buffer.from(next, 'utf8');
    }
    files.push({ name: entry.fileName, data });
  }
  zip.close();
  expect(changed).toBe(1);
  await writeZip(path, files, new Date(AT));
}

beforeAll(async () => {
  expect((await cli('identity', 'new', '--name', 'Ida Auditor', '--role', 'Internal audit')).code).toBe(0);
  expect((await cli('demo', demo)).code).toBe(0);
  pack = await exportPack(join(dir.path, 'pack'));
}, 120_000);

describe('steadfast verify --recompute', () => {
  it('agrees on every figure of the demo pack, with figures of every kind compared', async () => {
    const r = await cli('verify', pack, '--recompute');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const summary = /Recomputed (\d+) figures from inputs\.json \((.*)\): all agree\./.exec(r.out);
    expect(summary, r.out).not.toBeNull();
    const counts = new Map(
      summary![2]!.split(', ').map((part) => {
        const m = /^(.*) (\d+)$/.exec(part)!;
        return [m[1]!, Number(m[2])];
      }),
    );
    for (const kind of FIGURE_KINDS) expect(counts.get(kind) ?? 0, kind).toBeGreaterThan(0);
    expect(Number(summary![1])).toBeGreaterThan(500);
  });

  it('agrees on a pack cut to some tiers, whose figures still depend on the whole map', async () => {
    const scoped = join(dir.path, 'tier-pack');
    expect(
      (
        await cli(
          'export',
          demo,
          '--xlsx',
          'evidence.xlsx',
          '--out',
          scoped,
          '--tiers',
          'Tier 0,Tier 1',
          '--at',
          AT,
        )
      ).code,
    ).toBe(0);
    const r = await cli('verify', scoped, '--recompute');
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Recomputed \d+ figures from inputs\.json .*: all agree\./);
  }, 60_000);

  it('names a changed number in the workbook, though the pack is re-signed', async () => {
    const p = copyPack('tampered-cell');
    // Processes is the second sheet; F is its RTO column, row 2 its first process.
    let before = '';
    await rewriteCell(
      join(p, 'evidence.xlsx'),
      'xl/worksheets/sheet2.xml',
      /<c r="F2"[^>]*><v>([^<]*)<\/v><\/c>/,
      (cell) => cell.replace(/<v>([^<]*)<\/v>/, (_, v: string) => ((before = v), `<v>${Number(v) + 5}</v>`)),
    );
    await resign(p);
    expect((await cli('verify', p)).code).toBe(0);
    const r = await cli('verify', p, '--recompute');
    expect(r.code).toBe(1);
    const lines = r.err.split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^evidence\\.xlsx, sheet "Processes", row ".+" \\(row 2\\), column "RTO \\(min\\)": reported ${Number(before) + 5}, recomputed ${before}$`,
      ),
    );
    expect(r.out).toMatch(/: 1 difference\./);
  });

  it('names the figures a changed input moves, though the pack is re-signed', async () => {
    const p = copyPack('tampered-input');
    const path = join(p, RECOMPUTE_INPUTS_FILE);
    const inputs = recomputeInputsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    const node = inputs.graph.nodes.find((n) => n.restoreMinutes !== null && n.provenMinutes === null)!;
    const own = node.restoreMinutes!;
    node.restoreMinutes = own + 1000;
    writeFileSync(path, `${canonicalJson(inputs)}\n`);
    await resign(p);
    expect((await cli('verify', p)).code).toBe(0);
    const r = await cli('verify', p, '--recompute');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`evidence.xlsx, sheet "Recovery times", row "${node.name}" (row `);
    expect(r.err).toContain(`column "Own (min)": reported ${own}, recomputed ${own + 1000}`);
  });

  it('reports a malformed inputs.json as a problem, not a crash', async () => {
    const p = copyPack('malformed-input');
    const inputs = JSON.parse(readFileSync(join(p, RECOMPUTE_INPUTS_FILE), 'utf8')) as Record<
      string,
      unknown
    >;
    writeFileSync(join(p, RECOMPUTE_INPUTS_FILE), JSON.stringify({ ...inputs, bia: { buckets: 'none' } }));
    await resign(p);
    const r = await cli('verify', p, '--recompute');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^inputs\.json: not a valid inputs file \(bia\.categories: .*\)$/);
    writeFileSync(join(p, RECOMPUTE_INPUTS_FILE), '{ not json');
    await resign(p);
    expect(await cli('verify', p, '--recompute')).toMatchObject({ code: 1, err: 'inputs.json: not JSON' });
  });
});

describe('inputs.json', () => {
  it('is listed in the manifest and byte-identical for two exports of the same workspace', async () => {
    const again = await exportPack(join(dir.path, 'pack-again'));
    const a = readFileSync(join(pack, RECOMPUTE_INPUTS_FILE));
    expect(readFileSync(join(again, RECOMPUTE_INPUTS_FILE)).equals(a)).toBe(true);
    const m = JSON.parse(readFileSync(join(pack, 'manifest.json'), 'utf8')) as EvidenceManifest;
    expect(m.files.map((f) => f.name)).toContain(RECOMPUTE_INPUTS_FILE);
    const inputs = recomputeInputsSchema.parse(JSON.parse(a.toString('utf8')));
    expect(canonicalJson(inputs)).toBe(a.toString('utf8').trimEnd());
    expect(inputs.engine.formatVersion).toBe(1);
    expect(inputs.runbooks.monteCarlo).toEqual({ runs: 10_000, seed: 1 });
    const ids = inputs.bia.processes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort());
  }, 60_000);
});
