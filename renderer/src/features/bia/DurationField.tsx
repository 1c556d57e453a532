// A duration typed as minutes or "4 h", saved when the field loses focus or on Enter.
import { useState } from 'react';
import { formatDuration } from '../../../../shared/format/duration';
import { parseDuration } from '../../components/duration';

export function DurationField(props: {
  label: string;
  value: number | null;
  onCommit: (minutes: number | null) => void;
  hint?: string;
}) {
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  const [invalid, setInvalid] = useState(false);

  function commit() {
    const v = parseDuration(text);
    if (v === undefined) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (v !== props.value) props.onCommit(v);
  }

  return (
    <label className="field">
      {props.label}
      <input
        value={text}
        inputMode="text"
        aria-invalid={invalid}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        placeholder="minutes, or 4 h, 1 d"
      />
      <span className={invalid ? 'field-error' : 'muted small'}>
        {invalid
          ? 'Type whole minutes or a duration such as 90, 4 h or 1 d 2 h.'
          : `${formatDuration(props.value)}${props.hint ? ` · ${props.hint}` : ''}`}
      </span>
    </label>
  );
}
