// Turns a Delivery into what the user sees: a download in the browser, a note under Electron.
import type { Delivery } from '../../../shared/contract';

export function finishDelivery(d: Delivery): string {
  if (d.kind === 'download') {
    const a = document.createElement('a');
    a.href = d.url;
    a.download = d.fileName;
    document.body.append(a);
    a.click();
    a.remove();
    return `Downloading ${d.fileName}.`;
  }
  return d.kind === 'saved' ? `Saved ${d.fileName}.` : 'Cancelled.';
}
