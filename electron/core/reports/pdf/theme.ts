// Page geometry and type sizes of the PDF pack. Every colour comes from shared/presentation/palette.ts,
// the palette the app draws with, so the printed map and heat maps read like the screen.
import { INK as PALETTE_INK, STATUS } from '../../../../shared/presentation/palette';

export const PAGE = {
  size: 'A4' as const,
  margin: { top: 64, bottom: 60, left: 50, right: 50 },
  /** Header and footer baselines, inside the top and bottom margins. */
  headerY: 28,
  footerOffset: 36,
};

export const FONT = { regular: 'body', bold: 'bold' } as const;

export const SIZE = { title: 26, h1: 18, h2: 13, body: 9.5, small: 8, tiny: 6.5 };

/** Text and rules from the one palette, with the status colours the sections mark outcomes in. */
export const INK = { ...PALETTE_INK, danger: STATUS.danger, ok: STATUS.ok };
