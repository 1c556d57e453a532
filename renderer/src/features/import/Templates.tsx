// Buttons that download each import template, as a workbook or as CSV.
import { useState } from 'react';
import type { ImportKind } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { finishDelivery } from '../../api/deliver';
import { ErrorNotice, InfoNotice } from '../../components/Notice';

import { IMPORT_KIND_LABELS } from './kind-labels';

type TemplateKind = 'workbook' | ImportKind;

const KINDS = Object.entries(IMPORT_KIND_LABELS).map(([kind, label]) => ({
  kind: kind as ImportKind,
  label,
}));

export function Templates() {
  const [info, setInfo] = useState<string>();
  const [error, setError] = useState<string>();

  async function download(kind: TemplateKind, format: 'xlsx' | 'csv') {
    setError(undefined);
    try {
      setInfo(finishDelivery(await api['import.template']({ kind, format })));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section className="card import-templates" aria-labelledby="import-templates-title">
      <h2 id="import-templates-title">Templates</h2>
      <p className="muted">
        Start from a template: its first row holds the column names, and its “Read me” sheet explains each
        column.
      </p>
      <div className="row wrap">
        <button type="button" className="primary" onClick={() => void download('workbook', 'xlsx')}>
          All sheets (.xlsx)
        </button>
        {KINDS.map((k) => (
          <button key={k.kind} type="button" onClick={() => void download(k.kind, 'xlsx')}>
            {k.label} (.xlsx)
          </button>
        ))}
      </div>
      <div className="row wrap import-csv-row">
        <span className="muted small">CSV, one sheet each:</span>
        {KINDS.map((k) => (
          <button key={k.kind} type="button" className="link" onClick={() => void download(k.kind, 'csv')}>
            {k.label.toLowerCase()}.csv
          </button>
        ))}
      </div>
      <ErrorNotice message={error} onDismiss={() => setError(undefined)} />
      <InfoNotice message={info} />
    </section>
  );
}
