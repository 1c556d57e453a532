// The keyboard shortcuts, from the same table the key handler reads.
import { SHORTCUTS } from './keyboard';

export function HelpPopover({ onClose }: { onClose: () => void }) {
  return (
    <div className="map-help" role="dialog" aria-label="Keyboard shortcuts">
      <div className="row spread">
        <h2>Keys on the map</h2>
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      <dl className="facts">
        {SHORTCUTS.map((s) => (
          <div key={s.keys} className="map-help-row">
            <dt>
              <kbd>{s.keys}</kbd>
            </dt>
            <dd>{s.does}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">
        Mouse: click to select, drag to move (positions are saved), scroll to zoom, drag the background to
        pan.
      </p>
    </div>
  );
}
