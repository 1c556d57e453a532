// The stylesheet's status and ink colours, set from shared/presentation/palette.ts at start, so the
// screen's "ok", "warn" and "bad" marks are the colours the PDF prints (styles.css keeps the same
// values as defaults for the first paint).
import { INK, STATUS } from '../../../shared/presentation/palette';

export function applyPalette(root: HTMLElement): void {
  const vars: Record<string, string> = {
    '--ink': INK.text,
    '--muted': INK.muted,
    '--ok': STATUS.ok,
    '--warn': STATUS.warning,
    '--bad': STATUS.danger,
  };
  for (const [name, value] of Object.entries(vars)) root.style.setProperty(name, value);
}
