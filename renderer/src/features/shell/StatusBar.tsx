// Workspace, the person whose key signs (fingerprint on hover) and the audit trail's checked state,
// always in view.
import type { Profile, WorkspaceSummary } from '../../../../shared/contract';
import { IntegrityState } from '../integrity/IntegrityState';

export function StatusBar(props: {
  workspace: WorkspaceSummary;
  profile: Profile;
  onSwitchPerson: () => void;
}) {
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
      <IntegrityState workspaceId={props.workspace.id} chainSeq={props.workspace.chain.seq} />
    </footer>
  );
}
