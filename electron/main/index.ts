// The Electron shell: lifecycle, the one window, the security lockdown, the app:// protocol that
// serves the built renderer, the menu, dialogs, and the IPC binding that forwards the renderer's
// calls to the backend process (backend-entry.ts: the router and everything below it). Everything
// that decides something (URLs, senders, files, window sizes) lives in pure modules with their own tests.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  MessageChannelMain,
  protocol,
  safeStorage,
  screen,
  session as electronSession,
  shell as electronShell,
  utilityProcess,
  type BaseWindow,
  type MessageBoxOptions,
} from 'electron';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, type Envelope, type MenuCommand } from '../../shared/contract';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from '../../shared/contract/csp';
import { DataDir, defaultDataDir } from '../core/app/data-dir';
import { connectBackend, type BackendClient } from '../core/transport/main-client';
import { menuCommandMessage, menuTemplate, type RecentMenuEntry } from './menu';
import {
  APP_ENTRY_URL,
  contentTypeFor,
  isAllowedSender,
  isAppUrl,
  navigationDecision,
  resolveAppFile,
  workspaceArgument,
} from './policy';
import { createElectronDialogs } from './shell';
import { fitToDisplays, MIN_HEIGHT, MIN_WIDTH, readWindowState, writeWindowState } from './window-state';

const APP_NAME = 'Steadfast';
const APP_SCHEME = 'app';

// --- Before ready --------------------------------------------------------------------------------

app.setName(APP_NAME);
// The same folder as the CLI and the browser host (~/.config/Steadfast on Linux, %APPDATA%\Steadfast
// on Windows, ~/Library/Application Support/Steadfast on macOS; STEADFAST_DATA_DIR overrides).
app.setPath('userData', defaultDataDir());
if (process.platform === 'win32') app.setAppUserModelId('com.steadfast.app');

/** electron-vite sets this in `dev` only; a packaged app never honours it. */
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL || undefined : undefined;
const rendererRoot = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const backendPath = join(import.meta.dirname, 'backend.js');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Steadfast is running; it is told (second-instance) and comes to the front.
  app.quit();
} else {
  start();
}

// --- The app -------------------------------------------------------------------------------------

function start(): void {
  const dataDir = new DataDir(app.getPath('userData'));
  let mainWindow: BrowserWindow | null = null;

  const currentWindow = (): BrowserWindow | null => BrowserWindow.getFocusedWindow() ?? mainWindow;
  const dialogs = createElectronDialogs({ window: currentWindow });
  let quitting = false;
  const backend = startBackendProcess();

  /** Forks the backend and connects to it; if it dies (not at quit), says so and starts a new one. */
  function startBackendProcess(): BackendClient {
    const child = utilityProcess.fork(backendPath, [], {
      serviceName: `${APP_NAME} backend`,
      stdio: 'inherit',
    });
    const { port1, port2 } = new MessageChannelMain();
    // "Remember on this computer" is offered only where the OS keychain can seal text.
    const canEncrypt = safeStorage.isEncryptionAvailable();
    child.postMessage({ dataDir: dataDir.root, appVersion: app.getVersion(), canEncrypt }, [port2]);
    const client = connectBackend(
      { post: (m) => port1.postMessage(m), onMessage: (l) => port1.on('message', (e) => l(e.data)) },
      dialogs,
      (line) => console.error(line),
      {
        encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
        decrypt: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
      },
    );
    port1.start();
    child.on('exit', (code) => {
      client.fail('The Steadfast backend stopped. Restart Steadfast; your last saved change is in the file.');
      if (quitting) return;
      console.error(`[steadfast] the backend process exited (code ${code}).`);
      dialog.showErrorBox(APP_NAME, 'The Steadfast backend stopped unexpectedly. Steadfast will close.');
      app.exit(1);
    });
    return client;
  }

  // Lockdown for every webContents, present and future.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      const decision = navigationDecision(event.url, devServerUrl);
      if (decision === 'allow') return;
      event.preventDefault();
      if (decision !== 'deny') openExternal(event.url, decision);
    });
    contents.on('will-redirect', (event) => {
      // A redirect is not a click: it may stay inside the app and nowhere else.
      if (navigationDecision(event.url, devServerUrl) !== 'allow') event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const decision = navigationDecision(url, devServerUrl);
      if (decision === 'open-external' || decision === 'ask-external') openExternal(url, decision);
      return { action: 'deny' };
    });
  });

  ipcMain.handle(
    IPC_CALL_CHANNEL,
    async (event, method: unknown, input: unknown): Promise<Envelope<unknown>> => {
      const frame = event.senderFrame;
      const sender = frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
      if (!isAllowedSender(sender, devServerUrl)) {
        console.warn(`[steadfast] refused an API call from ${sender?.url ?? 'a vanished frame'}`);
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Only the Steadfast window may call the Steadfast API.' },
        };
      }
      const result = await backend.call(method, input);
      // Creating, opening and closing change the recent list and what the File menu enables.
      if (typeof method === 'string' && method.startsWith('workspace.')) refreshMenu();
      return result;
    },
  );

  /** Opens an allow-listed link at once; any other https link only after the person agrees. */
  function openExternal(url: string, decision: 'open-external' | 'ask-external'): void {
    const asked =
      decision === 'open-external'
        ? Promise.resolve(true)
        : dialog
            .showMessageBox({
              type: 'question',
              buttons: ['Open in browser', 'Cancel'],
              defaultId: 1,
              cancelId: 1,
              message: 'Open this address in your web browser?',
              detail: url,
            })
            .then((r) => r.response === 0);
    asked
      .then((yes) => (yes ? electronShell.openExternal(url) : undefined))
      .catch((err: unknown) => {
        console.error(`[steadfast] could not open ${url} in the browser:`, err);
      });
  }

  function windowFor(window: BaseWindow | undefined): BrowserWindow | null {
    return window instanceof BrowserWindow ? window : currentWindow();
  }

  async function showMessage(window: BrowserWindow | null, options: MessageBoxOptions): Promise<void> {
    if (window) await dialog.showMessageBox(window, options);
    else await dialog.showMessageBox(options);
  }

  function sendCommand(command: MenuCommand, window: BaseWindow | undefined): void {
    const target = windowFor(window);
    if (!target) {
      // macOS with every window closed: bring the app back; the user repeats the command.
      mainWindow = createWindow();
      return;
    }
    target.webContents.send(IPC_EVENT_CHANNEL, menuCommandMessage(command));
  }

  /**
   * Opens a workspace the OS or the menu named (Open Recent, a double-clicked file, a second
   * launch). The contract has no "workspace changed" event, so an open window reloads and reads
   * app.info afresh.
   */
  async function openWorkspaceAt(path: string, label: string, window: BrowserWindow | null): Promise<void> {
    const opened = await backend.openPath(path);
    if (!opened.ok) {
      await showMessage(window, {
        type: 'error',
        title: APP_NAME,
        message: `${label} could not be opened.`,
        detail: opened.error.message,
      });
      refreshMenu();
      return;
    }
    refreshMenu();
    if (window) window.webContents.reload();
    else if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  }

  function openRecent(entry: RecentMenuEntry, window: BaseWindow | undefined): Promise<void> {
    return openWorkspaceAt(entry.path, entry.name, windowFor(window));
  }

  async function showAbout(window: BaseWindow | undefined): Promise<void> {
    await showMessage(windowFor(window), {
      type: 'info',
      title: `About ${APP_NAME}`,
      message: `${APP_NAME} ${app.getVersion()}`,
      detail:
        'Offline workbench for release readiness and business continuity.\n\n' +
        `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
      buttons: ['OK'],
    });
  }

  function refreshMenu(): void {
    const recent = dataDir.recent().map((r) => ({ id: r.id, name: r.name, path: r.path }));
    const template = menuTemplate({
      appName: APP_NAME,
      version: app.getVersion(),
      isMac: process.platform === 'darwin',
      isDev: !app.isPackaged,
      hasWorkspace: backend.state().workspacePath !== null,
      recent,
      onCommand: sendCommand,
      onOpenRecent: (entry, window) => void openRecent(entry, window),
      onAbout: (window) => void showAbout(window),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  function createWindow(): BrowserWindow {
    const saved = fitToDisplays(
      readWindowState(dataDir.root),
      screen.getAllDisplays().map((d) => d.workArea),
    );
    const win = new BrowserWindow({
      width: saved.width,
      height: saved.height,
      ...(saved.x !== undefined && saved.y !== undefined ? { x: saved.x, y: saved.y } : {}),
      minWidth: MIN_WIDTH,
      minHeight: MIN_HEIGHT,
      show: false,
      title: APP_NAME,
      backgroundColor: '#ffffff',
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webviewTag: false,
        spellcheck: false,
        preload: preloadPath,
      },
    });
    win.once('ready-to-show', () => {
      if (saved.maximized) win.maximize();
      win.show();
    });
    win.on('close', () => {
      try {
        writeWindowState(dataDir.root, { ...win.getNormalBounds(), maximized: win.isMaximized() });
      } catch (err) {
        console.error('[steadfast] could not remember the window size:', err);
      }
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    win.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((err: unknown) => {
      console.error('[steadfast] the window could not load the app:', err);
    });
    return win;
  }

  function serveRenderer(): void {
    protocol.handle(APP_SCHEME, async (request) => {
      const headers = {
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      };
      const url = new URL(request.url);
      if (!isAppUrl(request.url) || (request.method !== 'GET' && request.method !== 'HEAD')) {
        return new Response('Not found', { status: 404, headers });
      }
      const file = resolveAppFile(rendererRoot, url.pathname);
      if (!file) return new Response('Forbidden', { status: 403, headers });
      try {
        const body = await readFile(file);
        return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
          status: 200,
          headers: { ...headers, 'Content-Type': contentTypeFor(file) },
        });
      } catch {
        return new Response('Not found', { status: 404, headers });
      }
    });
  }

  function lockDownSession(): void {
    const ses = electronSession.defaultSession;
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.setPermissionCheckHandler(() => false);
    // app:// responses carry the policy from serveRenderer; the dev server's pages get it here
    // (with the allowances Vite's dev client needs).
    const policy = devServerUrl
      ? devContentSecurityPolicy(new URL(devServerUrl).origin)
      : CONTENT_SECURITY_POLICY;
    ses.webRequest.onHeadersReceived((details, callback) => {
      if (!isAppUrl(details.url, devServerUrl)) {
        callback({});
        return;
      }
      const responseHeaders = Object.fromEntries(
        Object.entries(details.responseHeaders ?? {}).filter(
          ([name]) => name.toLowerCase() !== 'content-security-policy',
        ),
      );
      callback({ responseHeaders: { ...responseHeaders, 'Content-Security-Policy': [policy] } });
    });
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const win = mainWindow ?? BrowserWindow.getAllWindows()[0] ?? null;
    if (win) {
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    } else if (app.isReady()) {
      mainWindow = createWindow();
    }
    const file = workspaceArgument(argv, workingDirectory);
    if (file && app.isReady()) void openWorkspaceAt(file, basename(file), mainWindow);
  });

  // macOS hands a double-clicked file over by event, possibly before ready.
  let fileBeforeReady: string | null = workspaceArgument(process.argv, process.cwd());
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) void openWorkspaceAt(path, basename(path), mainWindow);
    else fileBeforeReady = path;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });

  // Close the workspace (checkpoints the WAL, releases the file) once, on the way out: the quit
  // waits for the backend to close it (at most a few seconds), then goes on.
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 5_000));
    void Promise.race([backend.shutdown(), timeout])
      .catch((err: unknown) => console.error('[steadfast] closing the workspace on quit failed:', err))
      .finally(() => app.quit());
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());

  app
    .whenReady()
    .then(async () => {
      lockDownSession();
      serveRenderer();
      await backend.refresh();
      // A file named at launch is open before the renderer first asks app.info.
      if (fileBeforeReady) await openWorkspaceAt(fileBeforeReady, basename(fileBeforeReady), null);
      refreshMenu();
      if (!mainWindow) mainWindow = createWindow();
    })
    .catch((err: unknown) => {
      console.error('[steadfast] start-up failed:', err);
      dialog.showErrorBox(
        APP_NAME,
        `Steadfast could not start: ${err instanceof Error ? err.message : String(err)}`,
      );
      app.exit(1);
    });
}
