// The one Content-Security-Policy for the renderer, whoever serves it: the Electron app:// protocol,
// the loopback browser host, and the built index.html. ag-grid injects <style> elements at run time,
// hence 'unsafe-inline' for styles (and only for styles).

const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

function serialise(directives: readonly (readonly [string, string])[]): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}

export const CONTENT_SECURITY_POLICY = serialise(DIRECTIVES);

/**
 * The policy for `electron-vite dev` only: the Vite dev server injects an inline React Refresh
 * preamble and talks to its client over a WebSocket on its own origin. Never used in a build.
 */
export function devContentSecurityPolicy(devServerOrigin: string): string {
  const origin = devServerOrigin.replace(/\/+$/, '');
  const socket = origin.replace(/^http/, 'ws');
  return serialise(
    DIRECTIVES.map(([name, value]): readonly [string, string] => {
      if (name === 'script-src') return [name, `${value} 'unsafe-inline'`];
      if (name === 'connect-src') return [name, `${value} ${socket}`];
      return [name, value];
    }),
  );
}
