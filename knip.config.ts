// Dead-code check, run twice by `npm run knip` (a phase of `npm test`): the default pass starts from
// every entry, tests included, and finds what nothing uses; the `--production` pass starts from the
// product's entries alone (marked `!`), so code that only tests reach shows up as unused too.
import type { KnipConfig } from 'knip';

const production = process.argv.includes('--production');

const config: KnipConfig = {
  // electron/main, the preload and renderer/index.html come from the electron-vite and vite plugins.
  entry: [
    // The `steadfast` command: the default pass finds it in package.json's scripts, the production pass does not.
    'electron/cli/index.ts!',
    // Started with `new Worker(new URL('./layout-worker.ts', import.meta.url))`, which knip cannot follow.
    'renderer/src/features/map/layout-worker.ts!',
    'scripts/*.ts',
    'test/bench/*.ts',
    // Spawned as a child process by test/integration/drtests.test.ts.
    'test/fixtures/dr-exercise-child.ts',
    'test/fixtures/crisis-run-child.ts',
    // Spawned as a child process by test/integration/file-lock.test.ts.
    'test/fixtures/lock-holder-child.ts',
  ],
  project: [
    'electron/**/*.ts!',
    'shared/**/*.ts!',
    'renderer/src/**/*.{ts,tsx}!',
    'test/**/*.{ts,tsx}',
    'scripts/**/*.ts',
  ],
  // An export its own file also uses is at worst one word too many; an export nothing uses is dead code.
  ignoreExportsUsedInFile: true,
  ignoreIssues: production
    ? {
        // A domain's index lists its public API; tests import through it while the product imports the
        // defining files. What only the index re-exports is still reported at its definition.
        'shared/domain/*/index.ts': ['exports', 'types'],
      }
    : {},
  ignoreBinaries: [
    // Debian's poppler-utils, which the PDF tests read back with.
    'pdftotext',
    'pdfinfo',
    // Debian's LibreOffice Calc, which the workbook tests read exports back with.
    'libreoffice',
    // Development tools that `npm start` and `npm run build` run from a clone; the production pass
    // sees no devDependencies.
    ...(production ? ['tsx', 'electron-vite'] : []),
  ],
  ignoreDependencies: [
    // Resolved at run time with createRequire(...).resolve in electron/core/reports/pdf/fonts.ts.
    '@embedpdf/fonts-jp',
  ],
};

export default config;
