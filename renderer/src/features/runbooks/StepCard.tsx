// One step as read: number, title, role, estimate, what it waits for, rollback point, critical-path
// mark, and its Markdown instructions and verification.
import { formatDuration } from '../../../../shared/format/duration';
import type { NodeView, RunbookStepView, RunbookTiming } from '../../../../shared/contract';
import { Markdown } from '../../components/Markdown';

export function StepCard(props: {
  step: RunbookStepView;
  index: number;
  steps: RunbookStepView[];
  nodes: NodeView[];
  timing: RunbookTiming | null;
  readOnly: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { step: s, steps } = props;
  const number = new Map(steps.map((x, i) => [x.key, i + 1]));
  const names = new Map(props.nodes.map((n) => [n.id, n.name]));
  const critical = props.timing?.criticalPath.path.includes(s.key) ?? false;
  return (
    <div className="rb-step-body">
      <div className="row spread">
        <div className="row">
          <span className="rb-num" aria-hidden="true">
            {props.index + 1}
          </span>
          <strong>{s.title}</strong>
          {s.rollbackPoint && <span className="badge badge-rollback">rollback point</span>}
          {critical && <span className="badge badge-critical">critical path</span>}
        </div>
        <div className="row small">
          <span title="min / likely / max">
            {formatDuration(s.minMinutes)} / {formatDuration(s.likelyMinutes)} /{' '}
            {formatDuration(s.maxMinutes)}
          </span>
          {!props.readOnly && (
            <>
              <button type="button" className="link" onClick={props.onEdit} aria-label={`Edit ${s.title}`}>
                Edit
              </button>
              <button
                type="button"
                className="link"
                onClick={props.onDelete}
                aria-label={`Delete ${s.title}`}
              >
                Delete
              </button>
            </>
          )}
        </div>
      </div>
      <p className="muted small rb-meta">
        {s.role || 'no role'} · after{' '}
        {s.dependsOn.length ? s.dependsOn.map((k) => `#${number.get(k) ?? k}`).join(', ') : 'the start'}
        {s.restoresNodeIds.length > 0 &&
          ` · restores ${s.restoresNodeIds.map((id) => names.get(id) ?? id).join(', ')}`}
      </p>
      <Markdown source={s.instructions} />
      {s.verification && (
        <div className="rb-verify">
          <span className="small">Verify:</span> <Markdown source={s.verification} />
        </div>
      )}
    </div>
  );
}
