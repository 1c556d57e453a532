// The preflight of `npm test`, planned for machines this one is not: packages cannot be removed from
// a shared machine, so each case injects PATH, the files present, root or not and the OS.
import { describe, expect, it } from 'vitest';
import { planSystemDeps, systemProbe, type SystemProbe } from '../../../scripts/system-deps';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

function probe(over: Partial<SystemProbe> & { files?: string[] }): SystemProbe {
  const files = new Set(over.files ?? []);
  return {
    env: { PATH: '' },
    isRoot: false,
    platform: 'linux',
    osRelease: DEBIAN,
    isExecutable: (p) => files.has(p),
    ...over,
  };
}

const APT = '/usr/bin/apt-get';
const EVERYTHING = [
  APT,
  '/usr/bin/chromium',
  '/usr/bin/pdftoppm',
  '/usr/bin/pdftotext',
  '/usr/bin/qpdf',
  '/usr/bin/libreoffice',
  '/usr/bin/python3',
];

describe('npm test preflight (scripts/system-deps.ts)', () => {
  it('with an empty PATH as a normal user on Debian, stops with the one command to run', () => {
    expect(planSystemDeps(probe({ files: [APT] }))).toEqual({
      kind: 'stop',
      missing: ['Chromium', 'pdftoppm', 'pdftotext', 'qpdf', 'LibreOffice Calc', 'Python openpyxl'],
      reason:
        'npm test needs Chromium, pdftoppm, pdftotext, qpdf, LibreOffice Calc, Python openpyxl, not found on this machine.',
      command:
        'sudo apt-get update && sudo apt-get install -y chromium poppler-utils qpdf libreoffice-calc python3-openpyxl',
    });
  });

  it('as root on Debian, plans apt-get update once, then one install of what is missing', () => {
    expect(planSystemDeps(probe({ files: [APT], isRoot: true }))).toEqual({
      kind: 'install',
      packages: ['chromium', 'poppler-utils', 'qpdf', 'libreoffice-calc', 'python3-openpyxl'],
      commands: [
        ['apt-get', 'update'],
        [
          'apt-get',
          'install',
          '-y',
          'chromium',
          'poppler-utils',
          'qpdf',
          'libreoffice-calc',
          'python3-openpyxl',
        ],
      ],
    });
  });

  it('asks only for what is missing, and takes soffice for LibreOffice', () => {
    const files = [APT, '/usr/bin/chromium', '/opt/lo/soffice', '/usr/bin/qpdf', '/usr/bin/python3'];
    const env = { PATH: '/usr/bin:/opt/lo' };
    expect(planSystemDeps(probe({ files, env, isRoot: true }))).toMatchObject({
      kind: 'install',
      packages: ['poppler-utils'],
    });
  });

  it('asks for python3-openpyxl when Python is there but cannot import openpyxl', () => {
    const p = probe({ files: EVERYTHING, env: { PATH: '/usr/bin' }, importsModule: () => false });
    expect(planSystemDeps(p)).toMatchObject({ kind: 'stop', missing: ['Python openpyxl'] });
  });

  it('is ready when everything is there, and finds Chromium at CHROMIUM_PATH', () => {
    expect(planSystemDeps(probe({ files: EVERYTHING, env: { PATH: '/usr/bin' } }))).toEqual({
      kind: 'ready',
    });
    const files = [...EVERYTHING.filter((f) => !f.endsWith('chromium')), '/opt/chrome/chrome'];
    const env = { PATH: '/usr/bin', CHROMIUM_PATH: '/opt/chrome/chrome' };
    expect(planSystemDeps(probe({ files, env }))).toEqual({ kind: 'ready' });
  });

  it('does not install over a CHROMIUM_PATH that points nowhere', () => {
    const env = { PATH: '/usr/bin', CHROMIUM_PATH: '/nowhere/chrome' };
    expect(planSystemDeps(probe({ files: EVERYTHING, env, isRoot: true }))).toMatchObject({
      kind: 'stop',
      reason: 'CHROMIUM_PATH is /nowhere/chrome, which is not an executable.',
    });
  });

  it('on Ubuntu says the chromium package is a snap stub instead of installing it', () => {
    const plan = planSystemDeps(probe({ files: [APT], isRoot: true, osRelease: UBUNTU }));
    expect(plan).toMatchObject({
      kind: 'stop',
      reason: expect.stringContaining('only a stub that installs the snap'),
      command:
        'apt-get install -y poppler-utils qpdf libreoffice-calc python3-openpyxl && snap install chromium && CHROMIUM_PATH=/snap/bin/chromium npm test',
    });
  });

  it('elsewhere stops with a package-manager command, never a download', () => {
    expect(planSystemDeps(probe({ platform: 'darwin', osRelease: null }))).toMatchObject({
      kind: 'stop',
      command: expect.stringMatching(
        /^brew install poppler qpdf python && brew install --cask chromium libreoffice/,
      ),
    });
    expect(planSystemDeps(probe({ osRelease: FEDORA, isRoot: true }))).toMatchObject({
      kind: 'stop',
      reason: expect.stringContaining('Debian names: chromium, poppler-utils, qpdf, libreoffice-calc'),
    });
  });

  it('on this machine, after `npm test` has run its preflight, finds everything', () => {
    expect(planSystemDeps(systemProbe())).toEqual({ kind: 'ready' });
  });
});
