// A duration typed as minutes or "4 h", saved when the field loses focus or on Enter. It shows the
// duration as people read it ("8 h", never "480"), and reads back what it shows.
import { useState } from 'react';
import { formatDuration } from '../../../../shared/format/duration';
import { parseDuration } from '../../components/duration';

export function DurationField(props: {
  label: string;
  value: number | null;
  onCommit: (minutes: number | null) => void;
  hint?: string;
}) {
  const [text, setText] = useState(shown(props.value));
  const [invalid, setInvalid] = useState(false);

  function commit() {
    const v = parseDuration(text);
    if (v === undefined) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setText(shown(v));
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
        {invalid ? 'Type whole minutes or a duration such as 90, 4 h or 1 d 2 h.' : (props.hint ?? '')}
      </span>
    </label>
  );
}

/** The field's text for a value: "" for none, else the one duration format (which parseDuration reads). */
function shown(minutes: number | null): string {
  return minutes === null ? '' : formatDuration(minutes);
}
