import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  MIN_HEIGHT,
  MIN_WIDTH,
  normaliseWindowState,
  readWindowState,
  WINDOW_STATE_FILE,
  writeWindowState,
} from '../../../electron/main/window-state';
import { tempDir } from '../../fixtures/session';

describe('window state', () => {
  const dir = tempDir('steadfast-window-');
  afterAll(() => dir.cleanup());
  const file = join(dir.path, WINDOW_STATE_FILE);

  it('falls back to the defaults when there is no file', () => {
    expect(readWindowState(join(dir.path, 'absent'))).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('round-trips a saved state', () => {
    writeWindowState(dir.path, { width: 1440, height: 900, x: 40, y: 60, maximized: true });
    expect(readWindowState(dir.path)).toEqual({ width: 1440, height: 900, x: 40, y: 60, maximized: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ width: 1440 });
  });

  it.each([
    ['not JSON', '{"width": 1200, "heigh'],
    ['an empty file', ''],
    ['a JSON array', '[1280, 800]'],
    ['null', 'null'],
    ['strings for numbers', '{"width": "1200", "height": "800"}'],
    ['a missing height', '{"width": 1200}'],
    ['a wrong maximized type', '{"width": 1200, "height": 800, "maximized": "yes"}'],
  ])('treats a damaged file (%s) as absent', (_label, content) => {
    writeFileSync(file, content);
    expect(readWindowState(dir.path)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('clamps sizes to sane minimums and maximums and rounds them', () => {
    expect(normaliseWindowState({ width: 10, height: -5 })).toEqual({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
      maximized: false,
    });
    expect(normaliseWindowState({ width: 1e9, height: 1000.6, maximized: false })).toEqual({
      width: 16_384,
      height: 1001,
      maximized: false,
    });
    writeFileSync(file, JSON.stringify({ width: 0, height: 0, x: 5, y: 6 }));
    expect(readWindowState(dir.path)).toEqual({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
      x: 5,
      y: 6,
      maximized: false,
    });
  });

  it('keeps a position only as a pair, and refuses absurd coordinates', () => {
    expect(normaliseWindowState({ width: 1000, height: 700, x: 10 })).not.toHaveProperty('x');
    expect(normaliseWindowState({ width: 1000, height: 700, x: 1e12, y: 0 })).toEqual(DEFAULT_WINDOW_STATE);
    // JSON has no NaN or Infinity, but a caller might pass them.
    expect(normaliseWindowState({ width: Number.NaN, height: 700 })).toEqual(DEFAULT_WINDOW_STATE);
    expect(normaliseWindowState({ width: Number.POSITIVE_INFINITY, height: 700 })).toEqual(
      DEFAULT_WINDOW_STATE,
    );
  });

  it('writes only a clamped state', () => {
    writeWindowState(dir.path, { width: 1, height: 1, maximized: false });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
      maximized: false,
    });
  });
});

describe('fitToDisplays', () => {
  const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
  const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

  it('keeps a position that is on a display', () => {
    const state = { width: 1200, height: 800, x: 2000, y: 100, maximized: false };
    expect(fitToDisplays(state, [laptop, rightMonitor])).toEqual(state);
  });

  it('drops a position on a display that is gone, so the window is centred', () => {
    const state = { width: 1200, height: 800, x: 2000, y: 100, maximized: true };
    expect(fitToDisplays(state, [laptop])).toEqual({ width: 1200, height: 800, maximized: true });
    expect(fitToDisplays({ ...state, x: 100, y: -500 }, [laptop])).not.toHaveProperty('x');
  });

  it('shrinks a window larger than every display', () => {
    expect(fitToDisplays({ width: 4000, height: 3000, maximized: false }, [laptop])).toEqual({
      width: 1920,
      height: 1040,
      maximized: false,
    });
  });

  it('leaves the state alone when no display is known', () => {
    const state = { width: 1200, height: 800, x: 5, y: 5, maximized: false };
    expect(fitToDisplays(state, [])).toBe(state);
  });
});
