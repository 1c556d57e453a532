// The layer rules cannot quietly lapse: a probe file of each forbidden kind is written into its layer,
// and dependency-cruiser's allow-list (.dependency-cruiser.cjs) or the layer's own compiler program
// (tsconfig.<layer>.json) must reject it, while one allowed probe per layer must pass both. Only the
// probes are checked (depcruise at depth 1, tsc on a program of the probes), so this stays fast.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const probeDir = `__boundary_probe_${process.pid}__`;

/** Some real module of a layer for the probes to import (whichever file is there when this runs). */
function someModule(folder: string): string {
  const file = readdirSync(join(root, folder)).find(
    (f) => /^[a-z][\w-]*\.ts$/.test(f) && !f.endsWith('.d.ts'),
  );
  if (!file) throw new Error(`no module in ${folder} to import`);
  return `${folder}/${file.replace(/\.ts$/, '')}`;
}

interface Probe {
  kind: string;
  /** The layer folder the probe is written into. */
  layer: string;
  /** Body of the probe; `@/x` stands for the repository path x, made relative to the probe. */
  code: string;
  /** dependency-cruiser must report a violation from the probe to a module matching this. */
  depcruise?: RegExp;
  /** The layer's tsc program must report an error in the probe mentioning each of these. */
  tsc?: { program: 'shared' | 'web'; names: string[] };
}

const core = someModule('electron/core');
const forbidden: Probe[] = [
  {
    kind: 'renderer imports better-sqlite3',
    layer: 'renderer/src',
    code: `import Database from 'better-sqlite3';\nexport const db = new Database(':memory:');\n`,
    depcruise: /^node_modules\/better-sqlite3\//,
  },
  {
    kind: 'renderer imports pdfkit',
    layer: 'renderer/src',
    code: `import PDFDocument from 'pdfkit';\nexport const doc = new PDFDocument();\n`,
    depcruise: /^node_modules\/pdfkit\//,
  },
  {
    kind: 'renderer imports Node builtins',
    layer: 'renderer/src',
    code: `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n`,
    depcruise: /^node:fs$|^fs$/,
  },
  {
    kind: 'renderer imports the core',
    layer: 'renderer/src',
    code: `export * from '@/${core}';\n`,
    depcruise: /^electron\/core\//,
  },
  {
    kind: 'renderer uses process and Buffer',
    layer: 'renderer/src',
    code: `export const env = process.env.HOME;\nexport const bytes = Buffer.from('x');\n`,
    tsc: { program: 'web', names: ['process', 'Buffer'] },
  },
  {
    kind: 'shared imports node:fs',
    layer: 'shared',
    code: `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n`,
    depcruise: /^node:fs$|^fs$/,
    tsc: { program: 'shared', names: ['node:fs'] },
  },
  {
    kind: 'shared imports react',
    layer: 'shared',
    code: `import { useState } from 'react';\nexport const hook = useState;\n`,
    depcruise: /^node_modules\/react\//,
  },
  {
    kind: 'shared imports better-sqlite3',
    layer: 'shared',
    code: `import type Database from 'better-sqlite3';\nexport type Db = Database.Database;\n`,
    depcruise: /^node_modules\/(@types\/)?better-sqlite3\//,
  },
  {
    kind: 'shared uses document',
    layer: 'shared',
    code: `export const title = () => document.title;\n`,
    tsc: { program: 'shared', names: ['document'] },
  },
  {
    kind: 'core imports electron/main',
    layer: 'electron/core',
    code: `export * from '@/electron/main/index';\n`,
    depcruise: /^electron\/main\//,
  },
  {
    kind: 'core imports electron',
    layer: 'electron/core',
    code: `import { app } from 'electron';\nexport const quit = () => app.quit();\n`,
    depcruise: /^node_modules\/electron\//,
  },
  {
    kind: 'core imports the renderer',
    layer: 'electron/core',
    code: `export * from '@/renderer/src/App';\n`,
    depcruise: /^renderer\//,
  },
  {
    kind: 'host imports electron/main',
    layer: 'electron/host',
    code: `export * from '@/electron/main/index';\n`,
    depcruise: /^electron\/main\//,
  },
  {
    kind: 'cli imports electron/main',
    layer: 'electron/cli',
    code: `export * from '@/electron/main/index';\n`,
    depcruise: /^electron\/main\//,
  },
  {
    kind: 'preload imports the core',
    layer: 'electron/preload',
    code: `export * from '@/${core}';\n`,
    depcruise: /^electron\/core\//,
  },
  {
    kind: 'a test imports electron',
    layer: 'test',
    code: `import { app } from 'electron';\nexport const quit = () => app.quit();\n`,
    depcruise: /^node_modules\/electron\//,
  },
];

// What each layer may do, in one file per layer: if a rule grows too narrow, these fail.
const allowed: Probe[] = [
  {
    kind: 'shared: zod and shared/',
    layer: 'shared',
    code: `import { z } from 'zod';\nimport type { MethodName } from '@/shared/contract/index';\nexport const name = z.string();\nexport type M = MethodName;\n`,
    tsc: { program: 'shared', names: [] },
  },
  {
    kind: 'renderer: react, cytoscape, shared/',
    layer: 'renderer/src',
    code: `import { useState } from 'react';\nimport type { Core } from 'cytoscape';\nimport type { MethodName } from '@/shared/contract/index';\nexport const hook = useState;\nexport type C = Core;\nexport type M = MethodName;\nexport const el = () => document.createElement('div');\n`,
    tsc: { program: 'web', names: [] },
  },
  {
    kind: 'core: Node, better-sqlite3, pdfkit, shared/',
    layer: 'electron/core',
    code: `import { readFileSync } from 'node:fs';\nimport Database from 'better-sqlite3';\nimport PDFDocument from 'pdfkit';\nimport type { MethodName } from '@/shared/contract/index';\nexport * from '@/${core}';\nexport const all = [readFileSync, Database, PDFDocument];\nexport type M = MethodName;\n`,
  },
  {
    kind: 'host: Node and the core',
    layer: 'electron/host',
    code: `import { createServer } from 'node:http';\nexport * from '@/${core}';\nexport const serve = createServer;\n`,
  },
  {
    kind: 'cli: Node, the host and the core',
    layer: 'electron/cli',
    code: `import { resolve } from 'node:path';\nexport * from '@/electron/host/index';\nexport * from '@/${core}';\nexport const at = resolve;\n`,
  },
  {
    kind: 'main: electron, Node and the core',
    layer: 'electron/main',
    code: `import { app } from 'electron';\nimport { join } from 'node:path';\nexport * from '@/${core}';\nexport const all = [app, join];\n`,
  },
  {
    kind: 'preload: electron and the contract',
    layer: 'electron/preload',
    code: `import { contextBridge } from 'electron';\nimport type { MethodName } from '@/shared/contract/index';\nexport const bridge = contextBridge;\nexport type M = MethodName;\n`,
  },
];

const fileOf = (p: Probe, i: number): string =>
  `${p.layer}/${probeDir}/probe-${i}.${p.layer === 'renderer/src' ? 'tsx' : 'ts'}`;
const probes = [...forbidden, ...allowed].map((p, i) => ({ ...p, file: fileOf(p, i) }));

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}
let violations: Violation[] = [];
const tscErrors = new Map<string, string[]>();

async function tsc(program: 'shared' | 'web'): Promise<void> {
  const files = probes.filter((p) => p.tsc?.program === program).map((p) => join(root, p.file));
  const config = join(root, '.tmp', probeDir, `tsconfig.${program}.json`);
  writeFileSync(
    config,
    JSON.stringify({ extends: join(root, `tsconfig.${program}.json`), files, include: [] }),
  );
  const out = await run(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', config, '--noEmit', '--pretty', 'false'],
    { cwd: root },
  ).then(
    (r) => r.stdout,
    (e: { stdout?: string }) => e.stdout ?? '',
  );
  for (const line of out.split('\n')) {
    const m = /^(.+?)\(\d+,\d+\): error (TS\d+: .*)$/.exec(line);
    if (!m) continue;
    const file = relative(root, resolve(root, m[1]!)).replaceAll('\\', '/');
    tscErrors.set(file, [...(tscErrors.get(file) ?? []), m[2]!]);
  }
}

async function depcruise(): Promise<void> {
  const bin = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const args = [bin, ...probes.map((p) => p.file), '--max-depth', '1', '--output-type', 'json'];
  const out = await run(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => r.stdout,
    (e: { stdout?: string }) => e.stdout ?? '',
  );
  violations = (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

beforeAll(async () => {
  mkdirSync(join(root, '.tmp', probeDir), { recursive: true });
  for (const p of probes) {
    mkdirSync(join(root, p.layer, probeDir), { recursive: true });
    const here = join(root, p.layer, probeDir);
    const code = p.code.replace(
      /'@\/([^']+)'/g,
      (_, to: string) => `'${relative(here, join(root, to)).replaceAll('\\', '/')}'`,
    );
    writeFileSync(join(root, p.file), code);
  }
  await Promise.all([depcruise(), tsc('shared'), tsc('web')]);
}, 180_000);

afterAll(() => {
  for (const layer of new Set(probes.map((p) => p.layer)))
    rmSync(join(root, layer, probeDir), { recursive: true, force: true });
  rmSync(join(root, '.tmp', probeDir), { recursive: true, force: true });
});

describe('layer boundaries', () => {
  it.each(probes.filter((p) => forbidden.some((f) => f.kind === p.kind)).map((p) => [p.kind, p] as const))(
    'rejects: %s',
    (_, p) => {
      if (p.depcruise) {
        const hits = violations.filter((v) => v.from === p.file && p.depcruise!.test(v.to));
        expect(hits.map((v) => v.rule.name)).toContain('not-in-allowed');
      }
      if (p.tsc) {
        const errors = tscErrors.get(p.file) ?? [];
        for (const name of p.tsc.names) expect(errors.join('\n')).toContain(`'${name}'`);
      }
    },
  );

  it.each(probes.filter((p) => allowed.some((a) => a.kind === p.kind)).map((p) => [p.kind, p] as const))(
    'allows: %s',
    (_, p) => {
      expect(violations.filter((v) => v.from === p.file)).toEqual([]);
      if (p.tsc) expect(tscErrors.get(p.file) ?? []).toEqual([]);
    },
  );
});
