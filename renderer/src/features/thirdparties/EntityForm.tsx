// The financial entity that files the Register of Information (B_01.01).
import { useState } from 'react';
import type { RoiEntity } from '../../../../shared/contract';
import { api, errorMessage } from '../../api/client';
import { ErrorNotice } from '../../components/Notice';

export function EntityForm(props: { entity: RoiEntity }) {
  const [v, setV] = useState(props.entity);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const field = (key: keyof RoiEntity, label: string, hint?: string) => (
    <label className="field">
      {label}
      <input
        value={v[key]}
        placeholder={hint}
        onChange={(e) => {
          setSaved(false);
          setV({ ...v, [key]: e.target.value });
        }}
      />
    </label>
  );
  return (
    <form
      className="card"
      aria-label="Financial entity"
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        api['thirdParties.saveEntity'](v).then(
          () => setSaved(true),
          (err: unknown) => setError(errorMessage(err)),
        );
      }}
    >
      <h2>Financial entity</h2>
      <div className="field-row">
        {field('name', 'Legal name')}
        {field('lei', 'LEI', '20 characters')}
        {field('country', 'Country', 'NL')}
        {field('entityType', 'Entity type', 'eba_CT:x12')}
        {field('competentAuthority', 'Competent authority')}
        {field('currency', 'Currency', 'EUR')}
      </div>
      <ErrorNotice message={error} />
      <button type="submit">Save entity</button> {saved && <span className="muted">Saved.</span>}
    </form>
  );
}
