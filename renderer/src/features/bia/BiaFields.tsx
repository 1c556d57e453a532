// The workshop's other answers: WRT, data-loss tolerance, MBCO and notes, and objectives set by
// hand (RTO, RPO, a pinned tier). The parent keys this form by process so it starts afresh.
import { useState } from 'react';
import type { BiaRecord, Registers } from '../../../../shared/contract';
import type { MethodInput } from '../../../../shared/contract';
import { DurationField } from './DurationField';

export type BiaPatch = Omit<MethodInput<'bia.update'>, 'processId'>;

export function BiaFields(props: {
  bia: BiaRecord;
  registers: Registers;
  onUpdate: (patch: BiaPatch) => void;
}) {
  const { bia, onUpdate } = props;
  const [mbco, setMbco] = useState(bia.mbco);
  const [notes, setNotes] = useState(bia.notes);
  return (
    <div className="bia-fields">
      <div className="field-row">
        <DurationField
          label="Work recovery time (WRT)"
          value={bia.wrtMinutes}
          hint="catching up once systems are back"
          onCommit={(v) => onUpdate({ wrtMinutes: v })}
        />
        <DurationField
          label="Data-loss tolerance"
          value={bia.dataLossToleranceMinutes}
          hint="gives the RPO"
          onCommit={(v) => onUpdate({ dataLossToleranceMinutes: v })}
        />
        <DurationField
          label="RTO set by hand"
          value={bia.manualRtoMinutes}
          hint="empty: recommended"
          onCommit={(v) => onUpdate({ manualRtoMinutes: v })}
        />
        <DurationField
          label="RPO set by hand"
          value={bia.manualRpoMinutes}
          hint="empty: from tolerance"
          onCommit={(v) => onUpdate({ manualRpoMinutes: v })}
        />
        <label className="field">
          Pinned tier
          <select
            value={bia.pinnedTierId ?? ''}
            onChange={(e) => onUpdate({ pinnedTierId: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">derived from the RTO</option>
            {props.registers.tiers.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Minimum business continuity objective (MBCO)
        <textarea
          rows={2}
          value={mbco}
          maxLength={2000}
          onChange={(e) => setMbco(e.target.value)}
          onBlur={() => mbco !== bia.mbco && onUpdate({ mbco })}
          placeholder="e.g. 60% of orders shipped within 24 h"
        />
      </label>
      <label>
        Notes
        <textarea
          rows={3}
          value={notes}
          maxLength={20_000}
          onChange={(e) => setNotes(e.target.value)}
          onBlur={() => notes !== bia.notes && onUpdate({ notes })}
        />
      </label>
    </div>
  );
}
