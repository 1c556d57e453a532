// One release: its facts and editor, approvals and lifecycle, the gate with every check, the risk
// with every factor, and the canary comparisons.
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice, InfoNotice } from '../../components/Notice';
import { ApprovalsPanel } from './ApprovalsPanel';
import { CanaryPanel } from './CanaryPanel';
import { GatePanel } from './GatePanel';
import { PremortemPanel } from './PremortemPanel';
import { ReleaseForm } from './ReleaseForm';
import { RiskPanel } from './RiskPanel';
import { formatDateTime } from '../../../../shared/format/datetime';
import { STATUS_TEXT } from './format';
import type { ReleaseContext } from './types';
import { useRun } from './use-run';

export function ReleasePage(props: ReleaseContext & { releaseId: string; onBack: () => void }) {
  const detail = useApi(() => api['releases.get']({ releaseId: props.releaseId }), [props.releaseId]);
  const [editing, setEditing] = useState(false);
  const { run, error, info } = useRun();
  const d = detail.data;
  return (
    <section className="releases rel-page" aria-labelledby="rel-page-title">
      <button type="button" className="link" onClick={props.onBack}>
        ← All releases
      </button>
      <ErrorNotice message={detail.error ?? error} />
      <InfoNotice message={info} />
      {d && (
        <>
          <div className="row spread">
            <h1 id="rel-page-title">
              {d.release.name} <span className="muted">{d.release.version}</span>
            </h1>
            <span className={`rel-status rel-${d.release.status}`} data-testid="release-status">
              {STATUS_TEXT[d.release.status]}
            </span>
          </div>
          <dl className="facts rel-facts">
            <dt>Window</dt>
            <dd>
              {formatDateTime(d.release.windowStart)} – {formatDateTime(d.release.windowEnd)}
            </dd>
            <dt>Services</dt>
            <dd>{d.release.nodeNames.join(', ')}</dd>
            <dt>Change</dt>
            <dd>
              {d.release.changeType}, {d.release.strategy}, size {d.release.changeSize} of 5
            </dd>
            <dt>Owner</dt>
            <dd>{d.release.owner}</dd>
          </dl>
          {(d.release.status === 'planned' || d.release.status === 'approved') && (
            <button type="button" onClick={() => setEditing((x) => !x)}>
              {editing ? 'Cancel editing' : 'Edit release'}
            </button>
          )}
          {editing && (
            <ReleaseForm
              {...props}
              release={d.release}
              onSaved={() => {
                setEditing(false);
                detail.reload();
              }}
            />
          )}
          <div className="rel-grid">
            <div>
              <GatePanel gate={d.gate} run={run} />
              <CanaryPanel releaseId={d.release.id} run={run} />
              <PremortemPanel releaseId={d.release.id} run={run} />
            </div>
            <div>
              <ApprovalsPanel release={d.release} risk={d.gate.risk} gate={d.gate} run={run} />
              <RiskPanel risk={d.gate.risk} />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
