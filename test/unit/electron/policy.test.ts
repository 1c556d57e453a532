import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from '../../../shared/contract/csp';
import {
  APP_ORIGIN,
  contentTypeFor,
  ensureExtension,
  isAllowedSender,
  isAppUrl,
  navigationDecision,
  resolveAppFile,
  safeFileName,
  workspaceArgument,
} from '../../../electron/main/policy';

const DEV = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it('accepts the app origin and its pages', () => {
    expect(APP_ORIGIN).toBe('app://steadfast');
    expect(isAppUrl('app://steadfast/')).toBe(true);
    expect(isAppUrl('app://steadfast/index.html')).toBe(true);
    expect(isAppUrl('app://steadfast/assets/index-1a2b.js?x=1#top')).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'file:///work/main/out/renderer/index.html',
    'http://evil.example/',
    'https://evil.example/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://steadfast/1234',
    'app://other/index.html',
    'app://steadfast.evil.example/index.html',
    'app://steadfast@evil.example/',
    'app://user:pass@steadfast/',
    'app:steadfast/index.html',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isAppUrl(url, DEV)).toBe(false);
  });

  it('accepts the dev server only in development, and only its exact origin', () => {
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', DEV)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx', DEV)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', DEV)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', DEV)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', DEV)).toBe(false);
    expect(isAppUrl('http://localhost.evil.example:5173/', DEV)).toBe(false);
    expect(isAppUrl('http://x@localhost:5173/', DEV)).toBe(false);
  });

  it('ignores a dev server URL that is empty or not http(s)', () => {
    expect(isAppUrl('http://localhost:5173/', '')).toBe(false);
    expect(isAppUrl('file:///tmp/index.html', 'file:///tmp/')).toBe(false);
    expect(isAppUrl('javascript:1', 'javascript:1')).toBe(false);
  });
});

describe('navigationDecision', () => {
  it('allows navigation inside the app', () => {
    expect(navigationDecision('app://steadfast/index.html')).toBe('allow');
    expect(navigationDecision('app://steadfast/releases')).toBe('allow');
    expect(navigationDecision('http://localhost:5173/bia', DEV)).toBe('allow');
  });

  it('hands allow-listed https links to the OS browser and asks about any other', () => {
    expect(navigationDecision('https://www.iso.org/standard/75106.html')).toBe('open-external');
    expect(navigationDecision('https://eur-lex.europa.eu/eli/reg_del/2024/1772/oj')).toBe('open-external');
    expect(navigationDecision('https://example.com/', DEV)).toBe('ask-external');
    expect(navigationDecision('https://www.iso.org.evil.example/')).toBe('ask-external');
    expect(navigationDecision('https://www.iso.org:8443/')).toBe('ask-external');
  });

  it.each([
    'http://evil.example/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://other/',
    'mailto:someone@example.com',
    'ms-settings:privacy',
    'https://user:secret@example.com/',
    'https://',
    'http://localhost:5173/',
  ])('denies %s', (url) => {
    expect(navigationDecision(url)).toBe('deny');
  });
});

describe('isAllowedSender', () => {
  it('answers the main frame of the app page', () => {
    expect(isAllowedSender({ url: 'app://steadfast/index.html', isMainFrame: true })).toBe(true);
    expect(isAllowedSender({ url: 'http://localhost:5173/', isMainFrame: true }, DEV)).toBe(true);
  });

  it('refuses subframes, vanished frames and foreign pages', () => {
    expect(isAllowedSender({ url: 'app://steadfast/index.html', isMainFrame: false })).toBe(false);
    expect(isAllowedSender(null)).toBe(false);
    expect(isAllowedSender(undefined)).toBe(false);
    expect(isAllowedSender({ url: 'https://evil.example/', isMainFrame: true })).toBe(false);
    expect(isAllowedSender({ url: 'file:///tmp/x.html', isMainFrame: true })).toBe(false);
    expect(isAllowedSender({ url: 'about:blank', isMainFrame: true })).toBe(false);
    expect(isAllowedSender({ url: 'http://localhost:5173/', isMainFrame: true })).toBe(false);
  });
});

describe('resolveAppFile', () => {
  const root = resolve('/srv/steadfast/out/renderer');
  const index = join(root, 'index.html');

  it('maps files under the root', () => {
    expect(resolveAppFile(root, '/index.html')).toBe(index);
    expect(resolveAppFile(root, '/assets/index-1a2b.js')).toBe(join(root, 'assets', 'index-1a2b.js'));
    expect(resolveAppFile(root, '/assets/My%20Font.woff2')).toBe(join(root, 'assets', 'My Font.woff2'));
    expect(resolveAppFile(root, '/./assets//x.css')).toBe(join(root, 'assets', 'x.css'));
  });

  it('answers routes without an extension with index.html', () => {
    expect(resolveAppFile(root, '/')).toBe(index);
    expect(resolveAppFile(root, '')).toBe(index);
    expect(resolveAppFile(root, '/releases')).toBe(index);
    expect(resolveAppFile(root, '/bia/process/42')).toBe(index);
  });

  it.each([
    '/../secrets.json',
    '/assets/../../main/index.js',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc/passwd',
    '/..%5c..%5cwindows/win.ini',
    '/assets\\..\\..\\x.js',
    '/C:/Windows/win.ini',
    '/index.html%00.png',
    '/%E0%A4%A',
  ])('refuses %s', (pathname) => {
    expect(resolveAppFile(root, pathname)).toBeNull();
  });

  it('never returns a path outside the root', () => {
    for (const p of ['/a/b/c.js', '/x.y', '/deep/er/file.map']) {
      expect(resolveAppFile(root, p)?.startsWith(root + sep)).toBe(true);
    }
  });
});

describe('content types and file names', () => {
  it('names the content type of the renderer files', () => {
    expect(contentTypeFor('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/r/assets/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/r/assets/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/r/assets/blob')).toBe('application/octet-stream');
  });

  it('appends a missing extension, once', () => {
    expect(ensureExtension('/home/a/Plan', '.steadfast')).toBe('/home/a/Plan.steadfast');
    expect(ensureExtension('/home/a/Plan.steadfast', '.steadfast')).toBe('/home/a/Plan.steadfast');
    expect(ensureExtension('/home/a/Plan.STEADFAST', '.steadfast')).toBe('/home/a/Plan.STEADFAST');
    expect(ensureExtension('/home/a/Plan.', '.pdf')).toBe('/home/a/Plan.pdf');
    expect(ensureExtension('/home/a/Plan', '')).toBe('/home/a/Plan');
  });

  it('suggests file names that are valid everywhere', () => {
    expect(safeFileName('Payments: Q3/Q4 <draft>?')).toBe('Payments_ Q3_Q4 _draft_');
    expect(safeFileName('  Plan.  ')).toBe('Plan');
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('???')).toBe('Untitled');
    expect(safeFileName('', 'Workspace')).toBe('Workspace');
    expect(safeFileName('x'.repeat(300))).toHaveLength(120);
  });
});

describe('content security policy', () => {
  it('allows only the app itself, and inline styles for ag-grid', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
  });

  it('relaxes only scripts and the HMR socket for the dev server', () => {
    const dev = devContentSecurityPolicy('http://localhost:5173/');
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).toContain("object-src 'none'");
    expect(dev).not.toMatch(/unsafe-eval/);
  });
});

describe('workspaceArgument', () => {
  it('finds the .steadfast file among the arguments, resolved against the launch folder', () => {
    expect(workspaceArgument(['/opt/Steadfast/steadfast', '/home/a/Plan.steadfast'], '/tmp')).toBe(
      resolve('/home/a/Plan.steadfast'),
    );
    expect(workspaceArgument(['steadfast', '--no-sandbox', 'plans/Q3.STEADFAST'], '/home/a')).toBe(
      resolve('/home/a/plans/Q3.STEADFAST'),
    );
  });

  it('ignores the executable, switches and other files', () => {
    expect(workspaceArgument(['/x/app.steadfast'], '/tmp')).toBeNull();
    expect(workspaceArgument(['electron', '.', '--inspect=5858'], '/tmp')).toBeNull();
    expect(workspaceArgument(['electron', '--file=a.steadfast', 'notes.txt'], '/tmp')).toBeNull();
  });
});
