// What `npm test` needs from the system besides node_modules: Chromium for the end-to-end tests,
// poppler (pdftoppm, pdftotext) and qpdf for the PDF checks, LibreOffice Calc for the workbook checks,
// and Python's openpyxl, which fills in questionnaire workbooks the way another program would.
// Found before any test runs; as root on Debian/Ubuntu they are installed with apt, otherwise the run
// stops at once with the one command to run. Never downloads a browser build of its own: the tests
// drive the system's Chromium through playwright-core.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

interface Requirement {
  /** What a person reads: "Chromium", "pdftoppm". */
  what: string;
  /** Any one of these programs on PATH satisfies it; an absolute path is checked as it is. */
  programs: string[];
  aptPackage: string;
  brew: string;
  /** A Python module the program (a Python interpreter) must be able to import. */
  pythonModule?: string;
}

/** What the planner may look at; tests pass their own to plan for machines this one is not. */
export interface SystemProbe {
  env: NodeJS.ProcessEnv;
  isRoot: boolean;
  platform: NodeJS.Platform;
  /** The text of /etc/os-release, or null where there is none. */
  osRelease: string | null;
  isExecutable(path: string): boolean;
  /** Whether `python` imports `module`; a probe without it takes the interpreter's presence for both. */
  importsModule?(python: string, module: string): boolean;
}

export type Plan =
  | { kind: 'ready' }
  | { kind: 'install'; packages: string[]; commands: string[][] }
  | { kind: 'stop'; missing: string[]; reason: string; command: string };

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const APT_ENV = { DEBIAN_FRONTEND: 'noninteractive' } as const;

function requirements(env: NodeJS.ProcessEnv): Requirement[] {
  return [
    {
      what: 'Chromium',
      programs: [env.CHROMIUM_PATH || DEFAULT_CHROMIUM],
      aptPackage: 'chromium',
      brew: '--cask chromium',
    },
    { what: 'pdftoppm', programs: ['pdftoppm'], aptPackage: 'poppler-utils', brew: 'poppler' },
    { what: 'pdftotext', programs: ['pdftotext'], aptPackage: 'poppler-utils', brew: 'poppler' },
    { what: 'qpdf', programs: ['qpdf'], aptPackage: 'qpdf', brew: 'qpdf' },
    {
      what: 'LibreOffice Calc',
      programs: ['libreoffice', 'soffice'],
      aptPackage: 'libreoffice-calc',
      brew: '--cask libreoffice',
    },
    {
      what: 'Python openpyxl',
      programs: ['/usr/bin/python3'],
      aptPackage: 'python3-openpyxl',
      brew: 'python',
      pythonModule: 'openpyxl',
    },
  ];
}

function found(program: string, probe: SystemProbe): boolean {
  if (program.includes('/')) return probe.isExecutable(program);
  const dirs = (probe.env.PATH ?? '').split(delimiter).filter(Boolean);
  return dirs.some((dir) => probe.isExecutable(join(dir, program)));
}

function osField(osRelease: string | null, key: string): string[] {
  const m = new RegExp(`^${key}=(.*)$`, 'm').exec(osRelease ?? '');
  return (m?.[1] ?? '').replace(/["']/g, '').toLowerCase().split(/\s+/).filter(Boolean);
}

const unique = (xs: string[]) => [...new Set(xs)];

/** What to do about the programs the tests need, decided from the probe alone (no side effects). */
export function planSystemDeps(probe: SystemProbe): Plan {
  const all = requirements(probe.env);
  const missing = all.filter(
    (r) =>
      !r.programs.some(
        (p) => found(p, probe) && (!r.pythonModule || (probe.importsModule?.(p, r.pythonModule) ?? true)),
      ),
  );
  if (missing.length === 0) return { kind: 'ready' };
  const names = missing.map((r) => r.what);
  const reason = `npm test needs ${names.join(', ')}, not found on this machine.`;

  const customChromium = probe.env.CHROMIUM_PATH;
  if (customChromium && missing.some((r) => r.what === 'Chromium')) {
    // apt would install /usr/bin/chromium, which is not the browser asked for.
    return {
      kind: 'stop',
      missing: names,
      reason: `CHROMIUM_PATH is ${customChromium}, which is not an executable.`,
      command: `unset CHROMIUM_PATH   # or point it at a Chromium or Chrome executable`,
    };
  }

  const ids = [...osField(probe.osRelease, 'ID'), ...osField(probe.osRelease, 'ID_LIKE')];
  const debianLike = ids.includes('debian') || ids.includes('ubuntu');
  // apt-get by its path too: a bare PATH (cron, a CI step) must not hide the package manager.
  const hasApt = probe.isExecutable('/usr/bin/apt-get') || found('apt-get', probe);
  if (probe.platform === 'linux' && debianLike && hasApt) {
    const packages = unique(missing.map((r) => r.aptPackage));
    if (ids.includes('ubuntu') && packages.includes('chromium')) {
      // Ubuntu's chromium deb only installs the snap, which a container or CI machine cannot run,
      // and which lives at /snap/bin/chromium rather than /usr/bin/chromium.
      const others = packages.filter((p) => p !== 'chromium');
      const sudo = probe.isRoot ? '' : 'sudo ';
      const apt = others.length ? `${sudo}apt-get install -y ${others.join(' ')} && ` : '';
      return {
        kind: 'stop',
        missing: names,
        reason: `${reason} On Ubuntu the chromium apt package is only a stub that installs the snap, so it is not installed from here.`,
        command: `${apt}${sudo}snap install chromium && CHROMIUM_PATH=/snap/bin/chromium npm test`,
      };
    }
    if (probe.isRoot) {
      return {
        kind: 'install',
        packages,
        commands: [
          ['apt-get', 'update'],
          ['apt-get', 'install', '-y', ...packages],
        ],
      };
    }
    return {
      kind: 'stop',
      missing: names,
      reason,
      command: `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
    };
  }
  if (probe.platform === 'darwin') {
    const casks = unique(missing.filter((r) => r.brew.startsWith('--cask')).map((r) => r.brew.slice(7)));
    const formulas = unique(missing.filter((r) => !r.brew.startsWith('--cask')).map((r) => r.brew));
    const parts = [
      formulas.length ? `brew install ${formulas.join(' ')}` : '',
      casks.length ? `brew install --cask ${casks.join(' ')}` : '',
    ].filter(Boolean);
    const chromium = missing.some((r) => r.what === 'Chromium')
      ? ' && export CHROMIUM_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium"'
      : '';
    return { kind: 'stop', missing: names, reason, command: `${parts.join(' && ')}${chromium}` };
  }
  return {
    kind: 'stop',
    missing: names,
    reason: `${reason} Install them with your system's package manager (Debian names: ${unique(missing.map((r) => r.aptPackage)).join(', ')}).`,
    command: `install ${unique(missing.flatMap((r) => r.programs.slice(0, 1))).join(' ')}, then set CHROMIUM_PATH if Chromium is not at ${DEFAULT_CHROMIUM}`,
  };
}

export function systemProbe(env: NodeJS.ProcessEnv = process.env): SystemProbe {
  let osRelease: string | null = null;
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // Not Linux, or a minimal image: the planner then gives the generic advice.
  }
  return {
    env,
    isRoot: process.getuid?.() === 0,
    platform: process.platform,
    osRelease,
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    importsModule(python, module) {
      return spawnSync(python, ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
    },
  };
}

/**
 * Makes sure the system programs are there: installs them when the plan says so, then checks again.
 * Returns null when ready, else the lines to print before stopping.
 */
export function ensureSystemDeps(log: (line: string) => void = console.log): string[] | null {
  const plan = planSystemDeps(systemProbe());
  if (plan.kind === 'ready') return null;
  if (plan.kind === 'stop') return [plan.reason, 'Run:', `  ${plan.command}`];
  log(`Installing what the tests need with apt: ${plan.packages.join(' ')}`);
  for (const cmd of plan.commands) {
    const r = spawnSync(cmd[0]!, cmd.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, ...APT_ENV },
      timeout: 20 * 60_000,
    });
    if (r.status !== 0) return [`${cmd.join(' ')} failed (exit ${r.status ?? r.error?.message}).`];
  }
  const after = planSystemDeps(systemProbe());
  if (after.kind === 'ready') return null;
  return [
    `apt-get installed ${plan.packages.join(' ')}, yet ${after.kind === 'stop' ? after.missing.join(', ') : 'something'} is still missing.`,
  ];
}
