// The key to the severity colours. With onPick the swatches become buttons (mouse users rate the
// focused matrix cell with them).
import { SEVERITIES } from '../../../shared/domain/model';
import { severityFill, severityInk, severityName } from './severity';

export function SeverityLegend(props: { onPick?: (severity: number | null) => void; label?: string }) {
  const items: (number | null)[] = [...SEVERITIES, null];
  return (
    <ul className="severity-legend" aria-label={props.label ?? 'Severity colours'}>
      {items.map((s) => {
        const text = s === null ? 'not rated' : `${s} ${severityName(s)}`;
        const style = { background: severityFill(s), color: severityInk(s) };
        return (
          <li key={s ?? 'none'}>
            {props.onPick ? (
              <button
                type="button"
                className="swatch"
                style={style}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => props.onPick?.(s)}
                title={s === null ? 'Clear the focused cell' : `Rate the focused cell ${s}`}
              >
                {s === null ? 'clear' : text}
              </button>
            ) : (
              <span className="swatch" style={style}>
                {text}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
