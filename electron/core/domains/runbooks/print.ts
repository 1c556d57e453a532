// Printing one runbook version as a PDF for the on-call binder, delivered like every other file the
// app produces (a save dialog under Electron, a download in the browser host).
import { requireWorkspace, writeContext } from '../../app/context';
import type { Handlers } from '../../app/router';
import { writeRunbookPdf } from '../../reports/pdf/runbook';
import { runbookDetail } from './read';

/** A file name without characters any of the three desktop systems refuse. */
export function safeFileName(name: string): string {
  return (
    name
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'runbook'
  );
}

export const runbookPrintHandlers = {
  'runbooks.print': (input, ctx) => {
    const ws = requireWorkspace(ctx);
    const w = writeContext(ctx);
    const detail = runbookDetail(ws, input.runbookId, input.versionId);
    const nodeNames = ws.store.runbooks.nodeNames();
    const fileName = `${safeFileName(detail.summary.name)} v${detail.version.version}.pdf`;
    return ctx.session.shell.deliverFile(fileName, async (path) => {
      await writeRunbookPdf(
        {
          detail,
          nodeNames,
          workspaceName: ws.summary().name,
          printedBy: `${w.actor.name} (${w.actor.role})`,
          at: w.now,
        },
        path,
      );
    });
  },
} satisfies Partial<Handlers>;
