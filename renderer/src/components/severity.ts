// The 0–4 severity scale on screen: its colours come from shared/presentation/palette.ts (the PDF's
// heat maps use the same), its names from the domain model.
import { SEVERITY_LABELS } from '../../../shared/domain/model';
import { isSeverity } from '../../../shared/presentation/palette';

export { severityFill, severityInk } from '../../../shared/presentation/palette';

/** "significant" for 3, "not rated" for null. */
export function severityName(v: number | null | undefined): string {
  return isSeverity(v) ? SEVERITY_LABELS[v] : 'not rated';
}
