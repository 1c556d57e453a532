// One process in workshop mode: the matrix large, MTD/RTO/tier and the impact curve beside it, all
// updated from each rating's answer, and the notes (saved on blur).
import { useState } from 'react';
import type { Registers } from '../../../../shared/contract';
import { api } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';
import { IssueList, KeyFigures } from '../bia/DerivedFigures';
import { ImpactCurveChart } from '../bia/ImpactCurveChart';
import { ImpactMatrix } from '../bia/ImpactMatrix';
import { useBiaDetail } from '../bia/use-bia-detail';

export function WorkshopProcess(props: {
  processId: string;
  registers: Registers;
  track: (delta: number) => void;
}) {
  const { processId, registers } = props;
  const edit = useBiaDetail(processId, registers, props.track);
  const d = edit.detail;
  if (edit.loadError) return <ErrorNotice message={edit.loadError} />;
  if (!d) return <p aria-busy="true">Loading…</p>;
  const o = d.objectives;
  return (
    <div className="workshop-body">
      <div className="workshop-title">
        <h1>{d.process.name}</h1>
        <p>{d.process.department || 'No department'}</p>
      </div>
      <ErrorNotice message={edit.error} onDismiss={edit.clearError} />
      <div className="workshop-grid">
        <section aria-label="Ratings">
          <ImpactMatrix
            large
            autoFocus
            categories={registers.categories}
            buckets={registers.buckets}
            ratings={edit.ratings}
            toleranceLimits={o.toleranceLimits}
            mtdBucketId={registers.buckets.find((b) => b.minutes === o.mtd)?.id ?? null}
            onRate={edit.rate}
          />
          <WorkshopNotes
            initial={d.bia.notes}
            onSave={(notes) => void edit.run(() => api['bia.update']({ processId, notes }))}
          />
        </section>
        <section aria-label="What the ratings imply" className="workshop-side">
          <KeyFigures o={o} categories={registers.categories} />
          <ImpactCurveChart
            categories={registers.categories}
            buckets={registers.buckets}
            ratings={edit.ratings}
            objectives={o}
            width={620}
            height={280}
          />
          <IssueList o={o} />
        </section>
      </div>
    </div>
  );
}

function WorkshopNotes(props: { initial: string; onSave: (notes: string) => void }) {
  const [notes, setNotes] = useState(props.initial);
  return (
    <label className="workshop-notes">
      Notes
      <textarea
        rows={4}
        value={notes}
        maxLength={20_000}
        onChange={(e) => setNotes(e.target.value)}
        onBlur={() => notes !== props.initial && props.onSave(notes)}
        placeholder="What the room said, assumptions, follow-ups"
      />
    </label>
  );
}
