// Events the main process may push to the renderer. The preload forwards these names only.

export const EVENT_NAMES = ['menu.command'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

export const MENU_COMMANDS = ['new', 'open', 'openDemo', 'saveCopy', 'export', 'closeWorkspace'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface EventPayloads {
  'menu.command': { command: MenuCommand };
}
