// The registers' written meaning of each severity level per impact category, as owners saw it in
// their questionnaires (a level the workspace did not define shows its default text).
import { levelDefinitions } from '../../../../../shared/domain/bia';
import type { SheetSpec } from '../sheet';

export const levelDefinitionsSheet: SheetSpec = {
  name: 'Level definitions',
  columns: [
    { header: 'Category', key: 'category', width: 24 },
    { header: 'Severity (0–4)', key: 'severity', width: 14 },
    { header: 'Definition', key: 'definition', width: 80 },
    { header: 'Source', key: 'source', width: 12 },
    { header: 'Category id', key: 'id', width: 24 },
  ],
  size: (e) => e.registers.categories.length * 5,
  *rows(e) {
    const cats = e.registers.categories;
    const byCategory = levelDefinitions(
      cats.map((c) => c.id),
      e.store.levelDefinitions.all(),
    );
    for (const c of cats)
      for (const l of byCategory.get(c.id) ?? [])
        yield {
          category: c.name,
          severity: l.severity,
          definition: l.definition,
          source: l.isDefault ? 'default' : 'workspace',
          id: c.id,
        };
  },
};
