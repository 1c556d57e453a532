// Optional financial loss per time bucket, as a footer row of the impact matrix; saved on blur.
import { useState } from 'react';
import type { BucketView } from '../../../../shared/contract';

export function LossRow(props: {
  buckets: BucketView[];
  losses: (number | null)[];
  onSet: (bucketId: string, amount: number | null) => void;
}) {
  return (
    <tfoot>
      <tr>
        <th scope="row">Financial loss</th>
        {props.buckets.map((b, i) => (
          <td key={b.id} className="loss-cell">
            <LossInput bucket={b} value={props.losses[i] ?? null} onSet={props.onSet} />
          </td>
        ))}
      </tr>
    </tfoot>
  );
}

function LossInput(props: {
  bucket: BucketView;
  value: number | null;
  onSet: (id: string, v: number | null) => void;
}) {
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  const [invalid, setInvalid] = useState(false);
  function commit() {
    const t = text.replace(/[\s,]/g, '');
    const v = t === '' ? null : Number(t);
    if (v !== null && (!Number.isFinite(v) || v < 0)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    if (v !== props.value) props.onSet(props.bucket.id, v);
  }
  return (
    <input
      aria-label={`Financial loss at ${props.bucket.label}`}
      aria-invalid={invalid}
      title={invalid ? 'Type an amount of zero or more' : undefined}
      inputMode="decimal"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
