// The embedded faces: Noto Sans JP (SIL OFL 1.1), which covers Latin with accents, Greek, Cyrillic,
// kana and the JIS kanji, so names like "Tomás Ólafsson" and "東京倉庫" print. It comes from the
// npm package @embedpdf/fonts-jp; a copy under resources/fonts/ takes precedence (for packaged builds
// that prefer to ship the files beside the app). pdfkit embeds only the glyphs used.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppError } from '../../../../shared/contract';

export interface FontFiles {
  regular: string;
  bold: string;
}

const REGULAR = 'NotoSansJP-Regular.otf';
const BOLD = 'NotoSansJP-Bold.otf';

let found: FontFiles | undefined;

export function fontFiles(): FontFiles {
  if (found) return found;
  for (const dir of candidateDirs()) {
    const regular = join(dir, REGULAR);
    const bold = join(dir, BOLD);
    if (existsSync(regular) && existsSync(bold)) return (found = { regular, bold });
  }
  throw new AppError(
    'INTERNAL',
    `The report font (${REGULAR}) is missing: reinstall Steadfast, or run npm ci in a development checkout.`,
  );
}

function candidateDirs(): string[] {
  const dirs: string[] = [];
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) dirs.push(join(resources, 'fonts'));
  dirs.push(join(process.cwd(), 'resources', 'fonts'));
  try {
    // The package exports only its entry point: its fonts folder sits one level above dist/.
    const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-jp');
    dirs.push(join(dirname(entry), '..', 'fonts'));
  } catch {
    // not installed: fall through to the error above
  }
  return dirs;
}
