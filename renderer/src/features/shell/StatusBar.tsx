// Workspace, the person whose key signs (fingerprint on hover) and the audit chain's state, always in view.
import { plural } from '../../../../shared/format/plural';
import type { OutsideHeadStatus, Profile, WorkspaceSummary } from '../../../../shared/contract';

function chainLabel(s: OutsideHeadStatus): { text: string; tone: 'ok' | 'warn' | 'bad' } {
  switch (s.status) {
    case 'match':
    case 'ahead-of-record':
      return { text: 'chain matches the recorded head', tone: 'ok' };
    case 'no-record':
      return { text: 'no head recorded on this machine', tone: 'warn' };
    case 'truncated':
      return { text: `chain TRUNCATED (recorded ${s.recordedSeq}, file ${s.fileSeq})`, tone: 'bad' };
    case 'rewritten':
      return { text: `chain REWRITTEN at entry ${s.seq}`, tone: 'bad' };
  }
}

export function StatusBar(props: {
  workspace: WorkspaceSummary;
  profile: Profile;
  onSwitchPerson: () => void;
}) {
  const chain = chainLabel(props.workspace.chain.outsideHead);
  return (
    <footer className="statusbar" aria-label="Status">
      <span title={props.workspace.fileName}>
        <strong>{props.workspace.name}</strong> · {props.workspace.fileName}
      </span>
      <span className="row person">
        <span
          data-testid="person"
          title={props.profile.fingerprint}
          data-fingerprint={props.profile.fingerprint}
        >
          Signing as <strong>{props.profile.name}</strong> ({props.profile.role})
        </span>
        <button type="button" className="link" onClick={props.onSwitchPerson}>
          Switch person
        </button>
      </span>
      <span className={`chain chain-${chain.tone}`} data-testid="chain-state">
        Audit: {plural(props.workspace.chain.seq, 'entry', 'entries')} · {chain.text}
      </span>
    </footer>
  );
}
