// Applies the register part of an import plan inside the import's one transaction: providers
// (parents created by this import are set once every provider has an id), then contracts.
import { AppError } from '../../../shared/contract';
import type { AuditInput } from '../store/audit-chain';
import type { Store, WriteContext } from '../store';
import type { ImportPlan } from './plan';
import type { ProviderRef } from './thirdparty-plan';

export function applyThirdParties(
  store: Store,
  w: WriteContext,
  plan: ImportPlan,
  audit: AuditInput[],
): void {
  const ids = new Map<string, string>();
  const idOf = (ref: ProviderRef) => {
    if ('id' in ref) return ref.id;
    const id = ids.get(ref.key);
    if (!id) throw new AppError('INTERNAL', `The import lost track of provider ${ref.key}.`);
    return id;
  };
  for (const p of plan.providers) {
    const parentId = p.parent && 'id' in p.parent ? p.parent.id : null;
    const saved = store.thirdParties.saveProvider(w, p.id, { ...p.values, parentId });
    ids.set(p.key, saved.value);
    audit.push(...saved.audit);
  }
  for (const p of plan.providers) {
    if (!p.parent || 'id' in p.parent) continue;
    audit.push(
      ...store.thirdParties.saveProvider(w, ids.get(p.key), { ...p.values, parentId: idOf(p.parent) }).audit,
    );
  }
  for (const c of plan.contracts) {
    audit.push(
      ...store.thirdParties.saveContract(w, c.id, { ...c.values, providerId: idOf(c.provider) }).audit,
    );
  }
}
