// What each severity level means per impact category: the text owners see beside every drop-down
// of their questionnaire. A level left empty shows its default text; saving on leaving the field.
import { useState } from 'react';
import type { CategoryLevels } from '../../../../shared/contract';
import { DEFAULT_LEVEL_DEFINITIONS } from '../../../../shared/domain/bia';
import { SEVERITY_LABELS, type Severity } from '../../../../shared/domain/model';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/Notice';
import '../questionnaires/questionnaires.css';

function LevelField({
  category,
  level,
}: {
  category: CategoryLevels;
  level: CategoryLevels['levels'][number];
}) {
  const [text, setText] = useState(level.isDefault ? '' : level.definition);
  const [error, setError] = useState<string>();
  const label = SEVERITY_LABELS[level.severity as Severity];
  async function save() {
    if (text.trim() === (level.isDefault ? '' : level.definition)) return;
    try {
      setError(undefined);
      await api['levels.save']({
        categoryId: category.categoryId,
        severity: level.severity,
        definition: text,
      });
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <tr>
      <th scope="row">
        {level.severity} {label}
      </th>
      <td>
        <input
          type="text"
          className="wide"
          aria-label={`${category.categoryName}: ${label}`}
          value={text}
          maxLength={500}
          placeholder={DEFAULT_LEVEL_DEFINITIONS[level.severity as Severity]}
          onChange={(e) => setText(e.target.value)}
          onBlur={() => void save()}
        />
        <ErrorNotice message={error} />
      </td>
    </tr>
  );
}

export function LevelDefinitions() {
  const levels = useApi(() => api['levels.get']({}), []);
  return (
    <div className="level-definitions">
      <p className="muted">
        What each severity means for each impact category, in the workspace&apos;s own words
        (&quot;significant financial = loss above €1 m a day&quot;). Owners see these beside every drop-down
        of their questionnaire. An empty field uses the default text shown in grey.
      </p>
      <ErrorNotice message={levels.error} />
      {levels.data?.map((c) => (
        <table key={c.categoryId} className="grid-table" aria-label={`${c.categoryName} levels`}>
          <caption>{c.categoryName}</caption>
          <tbody>
            {c.levels.map((l) => (
              <LevelField key={`${l.severity}:${l.definition}`} category={c} level={l} />
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
