// The written meaning of each severity level: a workspace may define it per impact category
// ("significant financial = loss above €1 m a day"); where it has not, these defaults apply.
import { SEVERITIES, type Severity } from '../model';

export const DEFAULT_LEVEL_DEFINITIONS: Readonly<Record<Severity, string>> = {
  0: 'None: no noticeable effect.',
  1: 'Minimal: a small effect absorbed by normal work.',
  2: 'Moderate: a clear effect that needs management attention.',
  3: 'Significant: serious harm; not acceptable for long.',
  4: 'Severe: critical harm to the organisation, its customers or people.',
};

export interface LevelDefinitionRow {
  categoryId: string;
  severity: number;
  definition: string;
}

/** Every category's five levels, the workspace's text where it has one (non-empty), else the default. */
export function levelDefinitions(
  categoryIds: readonly string[],
  rows: readonly LevelDefinitionRow[],
): Map<string, { severity: Severity; definition: string; isDefault: boolean }[]> {
  const own = new Map(rows.map((r) => [`${r.categoryId}\u0000${r.severity}`, r.definition.trim()]));
  return new Map(
    categoryIds.map((c) => [
      c,
      SEVERITIES.map((s) => {
        const text = own.get(`${c}\u0000${s}`) ?? '';
        return { severity: s, definition: text || DEFAULT_LEVEL_DEFINITIONS[s], isDefault: text === '' };
      }),
    ]),
  );
}
