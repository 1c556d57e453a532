// Messages a person can act on: errors are announced to screen readers (role=alert).
export function ErrorNotice({ message, onDismiss }: { message: string | undefined; onDismiss?: () => void }) {
  if (!message) return null;
  return (
    <div className="notice notice-error" role="alert">
      <span>{message}</span>
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss} aria-label="Dismiss message">
          ×
        </button>
      )}
    </div>
  );
}

export function InfoNotice({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <div className="notice notice-info" role="status">
      {message}
    </div>
  );
}
