// The last page: what the pack holds and the facts its manifest records. The digests themselves are
// known only after this PDF is written, so they live in manifest.json, signed in manifest.sig.
import { isoDateTime } from '../../../../../shared/format/datetime';
import type { EvidenceData } from '../../evidence-data';
import { INK, SIZE } from '../theme';
import { defineSection } from './section';

const ABOUT: Record<string, string> = {
  'evidence.pdf': 'this report',
  'evidence.xlsx': 'the registers, analysis and the whole audit log as a workbook',
  'inputs.json': 'the inputs of every figure, for steadfast verify --recompute to re-perform them',
};

export const manifestSection = defineSection<EvidenceData>({
  id: 'manifest',
  title: 'Pack contents and manifest',
  load: (e) => e,
  entries: () => 1,
  render(w, e) {
    w.heading('Pack contents and manifest');
    w.table(
      [{ header: 'File', width: 140 }, { header: 'Holds' }],
      [
        ...e.packFiles.map((f) => ({ cells: [f, ABOUT[f] ?? 'evidence'] })),
        { cells: ['manifest.json', 'every file above with its size and SHA-256, and the facts below'] },
        { cells: ['manifest.sig', 'Ed25519 signature over the exact bytes of manifest.json (base64)'] },
      ],
    );
    w.facts(
      [
        ['Workspace id', e.workspace.id],
        ['Workspace', e.workspace.name],
        ['Created', isoDateTime(e.at)],
        ['Scope', e.scopeLabel],
        ['Chain head', `entry ${e.workspace.chain.seq}`],
        ['Head hash', e.workspace.chain.hash],
        ['Signer key fingerprint', e.preparedBy.fingerprint],
      ],
      110,
    );
    w.y += 8;
    w.subheading('How to verify');
    w.paragraph(
      '1. steadfast verify <pack folder or zip> --key <signer fingerprint above> checks the signature, ' +
        'every file’s SHA-256 and the audit trail in the workbook; it names each thing that differs. ' +
        'Without a pinned key (--key, --trust or your trust list) it exits 3: anyone could have re-signed the pack.\n' +
        '2. Confirm the fingerprint with the signer by another channel (in person, by phone).\n' +
        '3. Add --since <earlier manifest.json> to check that this pack’s audit chain extends the earlier ' +
        'pack’s: same workspace, and the entry at the earlier head still has the earlier hash.',
      { size: SIZE.small },
    );
    w.subheading('Public key');
    w.paragraph(publicKey(e), { size: SIZE.small, ink: INK.muted });
  },
});

function publicKey(e: EvidenceData): string {
  return e.preparedBy.publicKeyPem.trim();
}
