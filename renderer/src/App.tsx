// Top-level state: who is working (the unlocked identity) and which workspace is open.
import { useEffect, useState } from 'react';
import type { AppInfo, Profile, WorkspaceSummary } from '../../shared/contract';
import { api, errorMessage, onLocked, onWrite } from './api/client';
import { finishDelivery } from './api/deliver';
import { ErrorNotice } from './components/Notice';
import { requestArea } from './components/navigation';
import { navigate } from './routing/navigate';
import { IdentityGate, type GateMode } from './features/identity/IdentityGate';
import { Frame } from './features/shell/Frame';
import { StartScreen } from './features/start/StartScreen';

export function App() {
  const [info, setInfo] = useState<AppInfo>();
  // Set while the person at the keyboard switches (or on first run, creates a new identity).
  const [gate, setGate] = useState<GateMode | null>(null);
  const [error, setError] = useState<string>();

  const loadInfo = () => api['app.info']({}).then(setInfo, (err: unknown) => setError(errorMessage(err)));
  useEffect(() => {
    void loadInfo();
  }, []);

  // Any call refused for want of an unlocked key brings back the unlock screen.
  useEffect(
    () =>
      onLocked(() => {
        setInfo((i) => (i ? { ...i, profile: null } : i));
        setGate('unlock');
      }),
    [],
  );

  // Writes change the workspace summary (name, chain head, members): refresh it.
  useEffect(
    () =>
      onWrite(() => {
        api['workspace.current']({}).then(
          (workspace) => setInfo((i) => (i ? { ...i, workspace } : i)),
          (err: unknown) => setError(errorMessage(err)),
        );
      }),
    [],
  );

  // Menu commands from the Electron shell.
  useEffect(() => {
    const off = window.api?.on('menu.command', ({ command }) => {
      const open = (p: Promise<WorkspaceSummary | null>) =>
        p.then(
          (ws) => ws && setWorkspace(ws),
          (err: unknown) => setError(errorMessage(err)),
        );
      if (command === 'open') void open(api['workspace.open']({}));
      if (command === 'openDemo') void open(api['workspace.openDemo']({}));
      if (command === 'new' || command === 'closeWorkspace') void close();
      if (command === 'export') requestArea('evidence');
      if (command === 'saveCopy') {
        api['workspace.saveCopy']({}).then(finishDelivery, (err: unknown) => setError(errorMessage(err)));
      }
    });
    return off;
  });

  const setWorkspace = (workspace: WorkspaceSummary | null) => setInfo((i) => (i ? { ...i, workspace } : i));
  // A new person: the identities (a new one, the last used) and the workspace summary may differ.
  const unlocked = (profile: Profile) => {
    setInfo((i) => (i ? { ...i, profile } : i));
    setGate(null);
    setError(undefined);
    void loadInfo();
  };
  async function close() {
    await api['workspace.close']({});
    setWorkspace(null);
    // The next workspace opens on its home, not on a record of this one.
    navigate({ area: 'workspace' }, { replace: true });
  }

  if (!info) {
    return error ? (
      <ErrorNotice message={error} />
    ) : (
      <p className="loading" aria-busy="true">
        Starting…
      </p>
    );
  }
  if (!info.profile || gate) {
    const profile = info.profile;
    return (
      <IdentityGate
        mode={gate ?? (info.identities.length === 0 ? 'create' : 'unlock')}
        identities={info.identities}
        current={profile?.fingerprint ?? null}
        onDone={unlocked}
        onMode={setGate}
        onCancel={profile ? () => setGate(null) : undefined}
      />
    );
  }
  return (
    <>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      {info.workspace ? (
        <Frame
          // Views hold per-person state (what awaits your signature, which member is you): start afresh.
          key={info.profile.fingerprint}
          workspace={info.workspace}
          profile={info.profile}
          onClose={() => void close()}
          onSwitchPerson={() => setGate('unlock')}
        />
      ) : (
        <StartScreen
          onOpened={setWorkspace}
          profile={info.profile}
          onSwitchPerson={() => setGate('unlock')}
        />
      )}
    </>
  );
}
