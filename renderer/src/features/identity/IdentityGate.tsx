// The screen before any work: create the first identity on this machine, or unlock one (also when
// switching person). Which form shows is the caller's choice; this only lays them out.
import type { IdentityView, Profile } from '../../../../shared/contract';
import { CreateIdentityForm } from './CreateIdentityForm';
import { UnlockForm } from './UnlockForm';
import './identity.css';

export type GateMode = 'create' | 'unlock';

export function IdentityGate(props: {
  mode: GateMode;
  identities: IdentityView[];
  current: string | null;
  onDone: (p: Profile) => void;
  onMode: (m: GateMode) => void;
  /** Present when someone is unlocked already (switching person): go back to work unchanged. */
  onCancel?: () => void;
}) {
  const create = props.mode === 'create' || props.identities.length === 0;
  return (
    <div className="center">
      {create ? (
        <CreateIdentityForm
          onCreated={props.onDone}
          onCancel={props.identities.length > 0 ? () => props.onMode('unlock') : props.onCancel}
        />
      ) : (
        <UnlockForm
          identities={props.identities}
          current={props.current}
          onUnlocked={props.onDone}
          onCreate={() => props.onMode('create')}
          onCancel={props.onCancel}
        />
      )}
    </div>
  );
}
