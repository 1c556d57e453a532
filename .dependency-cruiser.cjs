// The layers' import rules as an allow-list (docs/architecture.md, "Boundaries"): every import must
// match one `allowed` rule below, and anything no rule names (a new package, a Node builtin in
// shared/, the core reaching into electron/main) fails `npm run check:boundaries`. The `forbidden`
// rules add what an allow-list cannot say: no import cycles between folders of electron/core, and no
// test or script that reaches `electron` (importing it under Node tries to download the binary).
// Packages are matched by where they resolve, so `@types/*` sit beside their package.

/** A regex for the resolved path of any of these npm packages (and their `@types/*` twins). */
function packages(...names) {
  const all = names.flatMap((n) => [n, `@types/${n.startsWith('@') ? n.slice(1).replace('/', '__') : n}`]);
  return `^node_modules/(${all.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})/`;
}

// Pure packages: no Node builtins, no DOM. Anything that runs on every layer.
const PURE = packages('zod', 'mdast-util-from-markdown', 'mdast', 'rrule-temporal', 'temporal-spec');
// Browser packages the renderer bundles.
const BROWSER = packages(
  'react',
  'react-dom',
  'ag-grid-community',
  'ag-grid-react',
  'cytoscape',
  'cytoscape-elk',
  'cytoscape-fcose',
  'elkjs',
);
// Node packages the core runs on (exceljs stays listed while the import templates still use it).
const NODE = packages(
  'better-sqlite3',
  'drizzle-orm',
  'pdfkit',
  'yauzl',
  'yazl',
  'saxes',
  'fflate',
  'csv-parse',
  '@embedpdf/fonts-jp',
  'exceljs',
);
const ELECTRON = packages('electron');
const NODE_BUILTIN = { dependencyTypes: ['core'] };

/** `from` may import anything matching one of `to` (paths or restrictions). */
function layer(from, comment, ...to) {
  return to.map((t) => ({
    comment,
    from: { path: from },
    to: typeof t === 'string' ? { path: t } : t,
  }));
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  allowed: [
    ...layer('^shared/', 'shared/ is pure: itself and pure packages', '^shared/', PURE),
    ...layer(
      '^renderer/src/',
      'the renderer: itself, shared/ and browser packages; Node only through the API',
      '^renderer/src/',
      '^shared/',
      PURE,
      BROWSER,
      // env.d.ts: the types of Vite's `import.meta.env` and asset imports, no runtime code.
      '^node_modules/vite/client\\.d\\.ts$',
    ),
    ...layer(
      '^electron/core/',
      'the core: itself, shared/, Node and its Node packages; never Electron, the shell, host, CLI or renderer',
      '^electron/core/',
      '^shared/',
      '^package\\.json$',
      PURE,
      NODE,
      NODE_BUILTIN,
    ),
    ...layer(
      '^electron/host/',
      'the browser host: itself, the core, shared/ and Node',
      '^electron/(host|core)/',
      '^shared/',
      PURE,
      NODE_BUILTIN,
    ),
    ...layer(
      '^electron/cli/',
      'the CLI: itself, the host, the core, shared/ and Node',
      '^electron/(cli|host|core)/',
      '^shared/',
      PURE,
      NODE_BUILTIN,
    ),
    ...layer(
      '^electron/main/',
      'the Electron shell: itself, the core, shared/, Node and electron',
      '^electron/(main|core)/',
      '^shared/',
      PURE,
      ELECTRON,
      NODE_BUILTIN,
    ),
    ...layer(
      '^electron/preload/',
      'the sandboxed preload: electron and the contract, nothing else',
      '^shared/contract/',
      ELECTRON,
    ),
    ...layer('^(test|scripts)/', 'tests, benchmarks and scripts: anything but electron itself', {
      pathNot: ELECTRON,
      couldNotResolve: false,
    }),
    ...layer('^[^/]+\\.(ts|js|cjs|mjs)$', 'build and tool configs at the root: anything but electron', {
      pathNot: ELECTRON,
      couldNotResolve: false,
    }),
  ],
  allowedSeverity: 'error',
  forbidden: [
    {
      name: 'no-folder-cycle-in-core',
      comment:
        'Folders of electron/core depend one way: a cycle between two folders means neither can be read, ' +
        'tested or moved without the other.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^electron/core/' },
      to: { path: '^electron/core/', circular: true },
    },
    {
      name: 'no-cycle-across-folders',
      comment:
        'A module cycle that leaves its folder is a folder cycle the folder rule cannot see when one ' +
        'folder holds the other (electron/core/handlers.ts ↔ electron/core/demo/).',
      severity: 'error',
      from: { path: '^((?:electron|shared|renderer)/.*)/[^/]+$' },
      to: { circular: true, via: { pathNot: '^$1/[^/]+$' } },
    },
    {
      name: 'tests-never-reach-electron',
      comment: 'Importing electron under Node tries to download the binary; tests stop at electron/main.',
      severity: 'error',
      from: { path: '^(test|scripts)/' },
      to: { path: ELECTRON, reachable: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: '^node_modules/' },
    exclude: { path: '^(out|dist|release|\\.tmp)/' },
    // Type-only imports count: a `import type` from better-sqlite3 in the renderer is still a leak.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
