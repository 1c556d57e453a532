// A passphrase input as every identity form uses it: hidden, the browser's password manager told
// whether it is a new one or the current one, and bounded like the API's schema.
export function PassphraseField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  kind: 'new' | 'current';
  autoFocus?: boolean;
}) {
  return (
    <label>
      {props.label}
      <input
        autoFocus={props.autoFocus}
        type="password"
        autoComplete={props.kind === 'new' ? 'new-password' : 'current-password'}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        required
        maxLength={1024}
      />
    </label>
  );
}
