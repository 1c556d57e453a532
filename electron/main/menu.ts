// The application menu as a template (Menu.buildFromTemplate happens in index.ts). Commands the
// renderer carries out (New, Open, Export, ...) are pushed to it as `menu.command` events; Open
// Recent opens the file directly through a callback. Only electron's types are imported here.
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { EventPayloads, MenuCommand } from '../../shared/contract';

export interface RecentMenuEntry {
  id: string;
  name: string;
  path: string;
}

export interface MenuOptions {
  appName: string;
  version: string;
  isMac: boolean;
  /** Development build: adds Reload and Toggle Developer Tools. */
  isDev: boolean;
  hasWorkspace: boolean;
  recent: readonly RecentMenuEntry[];
  onCommand(command: MenuCommand, window: BaseWindow | undefined): void;
  onOpenRecent(entry: RecentMenuEntry, window: BaseWindow | undefined): void;
  onAbout(window: BaseWindow | undefined): void;
}

/** The message sent on IPC_EVENT_CHANNEL; the preload forwards it to `api.on('menu.command', ...)`. */
export function menuCommandMessage(command: MenuCommand): {
  event: 'menu.command';
  payload: EventPayloads['menu.command'];
} {
  return { event: 'menu.command', payload: { command } };
}

/** Menu labels treat `&` as a mnemonic marker on Windows and Linux. */
function literal(label: string): string {
  return label.replace(/&/g, '&&');
}

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function recentSubmenu(
  opts: Pick<MenuOptions, 'recent' | 'onOpenRecent'>,
): MenuItemConstructorOptions[] {
  if (opts.recent.length === 0) return [{ label: 'No recent workspaces', enabled: false }];
  const names = opts.recent.map((r) => r.name);
  return opts.recent.map((entry) => {
    const ambiguous = names.filter((n) => n === entry.name).length > 1;
    const label = ambiguous ? `${entry.name} — ${fileNameOf(entry.path)}` : entry.name;
    return {
      label: literal(label),
      toolTip: entry.path,
      click: (_item, window) => opts.onOpenRecent(entry, window),
    };
  });
}

export function menuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const command =
    (name: MenuCommand) =>
    (_item: unknown, window: BaseWindow | undefined): void =>
      opts.onCommand(name, window);
  const about: MenuItemConstructorOptions = {
    label: `About ${opts.appName}`,
    click: (_item, window) => opts.onAbout(window),
  };

  const template: MenuItemConstructorOptions[] = [];
  if (opts.isMac) {
    template.push({
      label: opts.appName,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }

  template.push({
    label: '&File',
    submenu: [
      { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: command('new') },
      { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: command('open') },
      { label: 'Open Recent', submenu: recentSubmenu(opts) },
      { label: 'Open Demo Workspace', click: command('openDemo') },
      { type: 'separator' },
      {
        label: 'Save a Copy…',
        accelerator: 'CmdOrCtrl+Shift+S',
        enabled: opts.hasWorkspace,
        click: command('saveCopy'),
      },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', enabled: opts.hasWorkspace, click: command('export') },
      { type: 'separator' },
      { label: 'Close Workspace', enabled: opts.hasWorkspace, click: command('closeWorkspace') },
      ...(opts.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  });

  template.push({
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  });

  template.push({
    label: '&View',
    submenu: [
      ...(opts.isDev
        ? ([
            { role: 'reload' },
            { role: 'forceReload' },
            { role: 'toggleDevTools' },
            { type: 'separator' },
          ] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  });

  if (opts.isMac) template.push({ role: 'windowMenu' });

  template.push({
    label: '&Help',
    role: 'help',
    submenu: opts.isMac ? [{ label: `${opts.appName} ${opts.version}`, enabled: false }] : [about],
  });

  return template;
}
