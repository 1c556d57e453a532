// The main window's remembered size, position and maximised flag, kept in the data folder as a small
// JSON file. A damaged or absurd file never stops the app: it is validated with zod, clamped to
// sane sizes, and a position that is on no current display is dropped (the window is centred).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 560;
const MAX_SIDE = 16_384;

export interface WindowState {
  width: number;
  height: number;
  /** Absent: let the OS centre the window. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

const coordinate = z
  .number()
  .finite()
  .min(-MAX_SIDE * 4)
  .max(MAX_SIDE * 4);
const stateSchema = z.object({
  width: z.number().finite(),
  height: z.number().finite(),
  x: coordinate.optional(),
  y: coordinate.optional(),
  maximized: z.boolean().optional(),
});

function clampSide(value: number, min: number): number {
  return Math.round(Math.min(MAX_SIDE, Math.max(min, value)));
}

/** Validates anything (a parsed file, say) into a usable state; falls back to the defaults. */
export function normaliseWindowState(value: unknown): WindowState {
  const parsed = stateSchema.safeParse(value);
  if (!parsed.success) return { ...DEFAULT_WINDOW_STATE };
  const { width, height, x, y, maximized } = parsed.data;
  const state: WindowState = {
    width: clampSide(width, MIN_WIDTH),
    height: clampSide(height, MIN_HEIGHT),
    maximized: maximized ?? false,
  };
  // A position is only meaningful as a pair.
  if (x !== undefined && y !== undefined) {
    state.x = Math.round(x);
    state.y = Math.round(y);
  }
  return state;
}

export function readWindowState(dataDir: string): WindowState {
  let raw: string;
  try {
    raw = readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8');
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  return normaliseWindowState(json);
}

/** Writes atomically (temporary file, then rename) so a crash mid-write leaves the old file. */
export function writeWindowState(dataDir: string, state: WindowState): void {
  mkdirSync(dataDir, { recursive: true });
  const target = join(dataDir, WINDOW_STATE_FILE);
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(normaliseWindowState(state), null, 2));
  renameSync(tmp, target);
}

/**
 * Keeps the remembered position only if enough of the window's title bar lands on one of the
 * displays' work areas (a monitor may have been unplugged); also shrinks the window to fit the
 * largest work area.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const widest = Math.max(...workAreas.map((a) => a.width));
  const tallest = Math.max(...workAreas.map((a) => a.height));
  const fitted: WindowState = {
    width: Math.max(Math.min(state.width, widest), Math.min(MIN_WIDTH, widest)),
    height: Math.max(Math.min(state.height, tallest), Math.min(MIN_HEIGHT, tallest)),
    maximized: state.maximized,
  };
  if (state.x === undefined || state.y === undefined) return fitted;
  const { x, y } = state;
  // The top strip (the title bar, 40 px) must overlap a work area by at least 100 px horizontally.
  const visible = workAreas.some((a) => {
    const overlapX = Math.min(x + fitted.width, a.x + a.width) - Math.max(x, a.x);
    return overlapX >= 100 && y >= a.y && y + 40 <= a.y + a.height;
  });
  return visible ? { ...fitted, x, y } : fitted;
}
