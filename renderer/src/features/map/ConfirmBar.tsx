// Asks before retiring: retiring a node also retires its edges, and both leave the map.
export function ConfirmBar(props: { message: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div
      className="map-bar map-confirm"
      role="alertdialog"
      aria-label="Confirm retiring"
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <span>{props.message}</span>
      <button type="button" className="danger" onClick={props.onConfirm} autoFocus>
        Retire
      </button>
      <button type="button" onClick={props.onCancel}>
        Cancel
      </button>
    </div>
  );
}
