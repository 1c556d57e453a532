// The cover: what the pack is about, who prepared it when, and the facts that tie it to the
// workspace's audit chain and signing key.
import { isoDateTime } from '../../../../../shared/format/datetime';
import type { EvidenceData } from '../../evidence-data';
import { INK, SIZE } from '../theme';
import type { PdfWriter } from '../writer';

export function renderCover(w: PdfWriter, e: EvidenceData): void {
  const doc = w.doc;
  doc.rect(0, 0, doc.page.width, 200).fill(INK.accent);
  w.font(false, SIZE.h2, '#dbe8fb');
  doc.text('STEADFAST EVIDENCE PACK', w.left, 70, { lineBreak: false, characterSpacing: 2 });
  w.font(true, SIZE.title, '#ffffff');
  doc.text(w.fit(e.workspace.name, w.width), w.left, 100, { lineBreak: false });
  w.font(false, SIZE.h2, '#ffffff');
  doc.text(w.fit(e.workspace.organisation || 'Organisation not recorded', w.width), w.left, 145, {
    lineBreak: false,
  });

  w.y = 240;
  const head = e.workspace.chain;
  w.facts(
    [
      ['Workspace', e.workspace.name],
      ['Organisation', e.workspace.organisation || '—'],
      ['Workspace id', e.workspace.id],
      ['Scope', e.scopeLabel],
      ['Prepared by', `${e.preparedBy.name} (${e.preparedBy.role})`],
      ['Date', isoDateTime(e.at)],
      ['Application', `Steadfast ${e.appVersion}`],
      ['Audit-chain head', `entry ${head.seq}`],
      ['Head hash', head.hash],
      ['Chain verification', e.chain.ok ? 'Audit chain intact' : 'Audit chain BROKEN'],
      ['Signed by', `${e.preparedBy.name} (${e.preparedBy.fingerprint})`],
    ],
    130,
  );
  w.y += 24;
  w.paragraph(
    'This report is one file of an evidence pack. The pack’s manifest.json lists every file with its ' +
      'SHA-256 digest, the workspace, the audit-chain head above and the public signing key; ' +
      'manifest.sig is its Ed25519 signature made with the workspace’s key. Anyone can check the ' +
      'pack offline with “steadfast verify <pack folder>”.',
    { ink: INK.muted },
  );
}
