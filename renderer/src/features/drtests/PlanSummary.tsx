// The plan as read: type, date, scenario, scope with each node's RTO/RPO, runbooks, objectives, people.
import { plural } from '../../../../shared/format/plural';
import type { DrTestDetail } from '../../../../shared/contract';
import { formatDuration } from '../../../../shared/format/duration';

export function PlanSummary(props: {
  detail: DrTestDetail;
  runbookNames: Map<string, string>;
  onEdit?: (() => void) | undefined;
}) {
  const { detail, onEdit } = props;
  const { plan } = detail;
  return (
    <section className="card dr-summary" aria-label="Plan">
      <dl className="facts">
        <dt>Type</dt>
        <dd>{plan.type}</dd>
        <dt>Scheduled</dt>
        <dd>{plan.scheduledAt ?? '—'}</dd>
        <dt>Scenario</dt>
        <dd>{plan.scenario || '—'}</dd>
        <dt>Scope</dt>
        <dd>
          {detail.nodes
            .map(
              (n) => `${n.name} (RTO ${formatDuration(n.rtoMinutes)}, RPO ${formatDuration(n.rpoMinutes)})`,
            )
            .join('; ') || '—'}
        </dd>
        <dt>Runbooks</dt>
        <dd>
          {detail.runbooks
            .map(
              (r) =>
                `${props.runbookNames.get(r.runbookId) ?? 'Runbook'} v${r.version} (${r.status.replace('_', ' ')}), ${plural(r.steps.length, 'step')}`,
            )
            .join('; ') || '—'}
        </dd>
        <dt>Objectives</dt>
        <dd>{plan.objectives || '—'}</dd>
        <dt>Participants</dt>
        <dd>{plan.participants || '—'}</dd>
      </dl>
      {onEdit && (
        <button type="button" onClick={onEdit}>
          Edit plan
        </button>
      )}
    </section>
  );
}
