// The map as files, SVG or PNG, from one picture: the scene of what is visible now (filters and focus
// respected, positions as on screen) drawn by shared/presentation's renderMapSvg, with title and
// legend; the PNG is that SVG rasterised, so neither copies the screen's dimming or selection. The PDF
// evidence pack draws the same scene (shared/presentation/map-scene.ts).
import type { Core } from 'cytoscape';
import type { DependencyMap } from '../../../../shared/contract';
import { mapLegend, mapScene, type MapIndex } from '../../../../shared/presentation/map-scene';
import { renderMapSvg } from '../../../../shared/presentation/svg';

/** Offers a blob as a download: an <a download> with a blob URL works in browsers and Electron. */
function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The click starts the download synchronously; revoke later so slow file pickers still get it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** What is visible now (filters and focus respected), where it stands now. */
export function mapSvg(cy: Core, map: DependencyMap, index: MapIndex, title: string): string {
  const { nodes, edges } = mapScene(map, index, (id) => {
    const el = cy.getElementById(id);
    if (el.empty() || !el.visible()) return null;
    return { ...el.position(), width: el.width(), height: el.height() };
  });
  return renderMapSvg({ title, nodes, edges, legend: mapLegend() });
}

/** Browsers cap a canvas at about 16k px a side: big maps are scaled down to fit. */
const MAX_PNG_SIDE = 12_000;

/** The SVG drawn onto a canvas at twice its size (sharp on high-density screens and in print). */
async function rasterise(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = Math.min(2, MAX_PNG_SIDE / img.width, MAX_PNG_SIDE / img.height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(img.width * scale));
    canvas.height = Math.max(1, Math.round(img.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the PNG (no 2D canvas).');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportMap(
  format: 'png' | 'svg',
  cy: Core,
  map: DependencyMap,
  index: MapIndex,
  title: string,
  fileName: string,
): Promise<void> {
  const svg = mapSvg(cy, map, index, title);
  download(format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await rasterise(svg), fileName);
}
