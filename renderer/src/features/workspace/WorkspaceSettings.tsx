// The workspace's own details (name, organisation, description, file, members and former workspace key). Each saved
// change becomes an audit entry. The frame keys the home by workspace id, so the form starts afresh
// for another workspace.
import { formatDateTime } from '../../../../shared/format/datetime';
import { useMemo, useState, type FormEvent } from 'react';
import { timeZones } from '../../../../shared/domain/release';
import type { WorkspaceSummary } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { finishDelivery } from '../../api/deliver';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { Fingerprint } from '../../components/Fingerprint';
import { href } from '../../routing/navigate';
import { plural } from '../../../../shared/format/plural';

export function WorkspaceSettings({ workspace }: { workspace: WorkspaceSummary }) {
  const [form, setForm] = useState({
    name: workspace.name,
    organisation: workspace.organisation,
    description: workspace.description,
    timeZone: workspace.timeZone,
  });
  const zones = useMemo(() => timeZones(), []);
  const [error, setError] = useState<string>();
  const [info, setInfo] = useState<string>();

  async function save(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setInfo(undefined);
    try {
      await api['workspace.update'](form);
      setInfo('Saved. The change is in the audit log.');
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function saveCopy() {
    try {
      setInfo(finishDelivery(await api['workspace.saveCopy']({})));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section aria-labelledby="ws-settings" id="workspace-settings" className="ws-settings">
      <h2 id="ws-settings">Workspace settings</h2>
      <dl className="facts">
        <dt>File</dt>
        <dd>{workspace.fileName}</dd>
        <dt>Created</dt>
        <dd>{formatDateTime(workspace.createdAt)}</dd>
        <dt>Members</dt>
        <dd>
          {plural(workspace.members, 'active member', 'active members')} ·{' '}
          <a href={href({ area: 'members' })}>Manage members</a>
        </dd>
        {workspace.legacyKeyFingerprint && (
          <>
            <dt>Former workspace key</dt>
            <dd>
              <Fingerprint value={workspace.legacyKeyFingerprint} copy />{' '}
              <span className="muted small">(signed packs before packs were signed by people)</span>
            </dd>
          </>
        )}
        <dt>Audit head</dt>
        <dd className="mono">
          #{workspace.chain.seq} {workspace.chain.hash.slice(0, 16)}…
        </dd>
      </dl>
      <form className="card" onSubmit={save} aria-label="Workspace details">
        <label>
          Name
          <input
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.target.value })}
            required
            maxLength={200}
          />
        </label>
        <label>
          Organisation
          <input
            value={form.organisation}
            onChange={(e) => setForm({ ...form, organisation: e.target.value })}
            maxLength={200}
          />
        </label>
        <label>
          Description
          <textarea
            rows={4}
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.target.value })}
            maxLength={4000}
          />
        </label>
        <label>
          Time zone (the calendar and repeating windows are read in it)
          <select value={form.timeZone} onChange={(e) => setForm({ ...form, timeZone: e.target.value })}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </label>
        <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
        <InfoNotice message={info} />
        <div className="row">
          <button type="submit" className="primary">
            Save changes
          </button>
          <button type="button" onClick={() => void saveCopy()}>
            Save a copy…
          </button>
          <a href={href({ area: 'packets' })}>Hand out a workshop packet…</a>
          <a href={href({ area: 'packets' })}>Bring back a packet…</a>
        </div>
      </form>
    </section>
  );
}
