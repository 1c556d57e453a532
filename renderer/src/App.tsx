// Top-level state: who is working (profile) and which workspace is open.
import { useEffect, useState } from 'react';
import type { AppInfo, Profile, WorkspaceSummary } from '../../shared/contract';
import { api, errorMessage, onWrite } from './api/client';
import { finishDelivery } from './api/deliver';
import { ErrorNotice } from './components/Notice';
import { requestArea } from './components/navigation';
import { navigate } from './routing/navigate';
import { ProfileForm } from './features/profile/ProfileForm';
import { Frame } from './features/shell/Frame';
import { StartScreen } from './features/start/StartScreen';

export function App() {
  const [info, setInfo] = useState<AppInfo>();
  const [editingProfile, setEditingProfile] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    api['app.info']({}).then(setInfo, (err: unknown) => setError(errorMessage(err)));
  }, []);

  // Writes change the workspace summary (name, chain head): refresh it.
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
  const setProfile = (profile: Profile) => {
    setInfo((i) => (i ? { ...i, profile } : i));
    setEditingProfile(false);
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
  if (!info.profile || editingProfile) {
    return (
      <div className="center">
        <ProfileForm initial={info.profile} onSaved={setProfile} />
      </div>
    );
  }
  return (
    <>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      {info.workspace ? (
        <Frame
          workspace={info.workspace}
          profile={info.profile}
          onClose={() => void close()}
          onChangeProfile={() => setEditingProfile(true)}
        />
      ) : (
        <StartScreen onOpened={setWorkspace} />
      )}
    </>
  );
}
