// Providers and contracts against each other and the workspace: duplicate names and references,
// parents, providers and map nodes that exist nowhere, and per row whether it creates, updates or
// leaves something unchanged.
import type { ThirdPartyContract, ThirdPartyProvider } from '../../../shared/domain/thirdparty/types';
import type { ImportPlan } from './plan';
import { nameKey, type SheetRef } from './records';
import type { Resolver } from './resolve';
import type { ContractChange, ProviderChange, ProviderRef } from './thirdparty-plan';

type Body = Pick<ImportPlan, 'providers' | 'contracts'>;

const NEW_PROVIDER: Omit<ThirdPartyProvider, 'id' | 'name' | 'parentId'> = {
  lei: null,
  altCode: null,
  altCodeType: null,
  country: '',
  personType: 'legal',
  providerType: '',
  substitutability: null,
  substitutabilityReason: '',
  exitPlan: '',
  alternatives: '',
  lastAuditDate: null,
  nodeIds: [],
};

/** Live resources by name; a name held by resources of two kinds maps to null (ambiguous). */
function resourcesByName(r: Resolver): Map<string, string | null> {
  const m = new Map<string, string | null>();
  for (const n of r.ws.resources.values()) {
    if (n.retired) continue;
    const k = nameKey(n.name);
    m.set(k, m.has(k) && m.get(k) !== n.id ? null : n.id);
  }
  return m;
}

function nodeIds(
  r: Resolver,
  src: SheetRef,
  row: number,
  key: string,
  names: string[],
): string[] | undefined {
  const byName = resourcesByName(r);
  const ids: string[] = [];
  let ok = true;
  for (const name of names) {
    const id = byName.get(nameKey(name));
    if (id === undefined) {
      r.problem(
        src,
        row,
        key,
        `"${name}" is not a resource on the map (a vendor, application, …) in the workspace.`,
      );
      ok = false;
    } else if (id === null) {
      r.problem(
        src,
        row,
        key,
        `"${name}" names resources of more than one kind; rename one of them on the map.`,
      );
      ok = false;
    } else if (!ids.includes(id)) ids.push(id);
  }
  return ok ? ids : undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function resolveThirdParties(r: Resolver, body: Body): void {
  const file = r.file;
  const existingProviders = new Map(r.ws.thirdParties.providers.map((p) => [nameKey(p.name), p]));
  const providers = r.firstOf(
    file.providers,
    (p) => nameKey(p.name),
    (p) => `provider "${p.name}"`,
  );
  const fileKeys = new Set(providers.keys());
  for (const [key, p] of providers) {
    const existing = existingProviders.get(key);
    const { src, row, name, parent, nodes, ...given } = p;
    let parentRef: ProviderRef | null | undefined = existing?.parentId ? { id: existing.parentId } : null;
    if (parent !== undefined) {
      const pk = nameKey(parent);
      if (parent === '') parentRef = null;
      else if (pk === key) {
        r.problem(src, row, 'parent', 'A provider cannot be its own parent.');
        parentRef = undefined;
      } else if (existingProviders.has(pk)) parentRef = { id: existingProviders.get(pk)!.id };
      else if (fileKeys.has(pk)) parentRef = { key: pk };
      else {
        r.problem(
          src,
          row,
          'parent',
          `Parent "${parent}" is neither on a Providers sheet nor in the workspace.`,
        );
        parentRef = undefined;
      }
    }
    const ids = nodes === undefined ? (existing?.nodeIds ?? []) : nodeIds(r, src, row, 'nodes', nodes);
    if (parentRef === undefined || ids === undefined) continue;
    const { id: _id, parentId: _p, ...base } = existing ?? { ...NEW_PROVIDER, id: '', parentId: null, name };
    const values = { ...base, ...given, name, nodeIds: ids };
    const change: ProviderChange = { id: existing?.id, key, values, parent: parentRef };
    if (!existing) {
      r.count(src.sheet, 'creates');
      body.providers.push(change);
    } else if (
      !same({ ...base, name: existing.name }, values) ||
      existing.parentId !== (parentRef === null ? null : 'id' in parentRef ? parentRef.id : '(new)')
    ) {
      r.count(src.sheet, 'updates');
      body.providers.push(change);
    } else r.count(src.sheet, 'unchanged');
  }

  const existingContracts = new Map(r.ws.thirdParties.contracts.map((c) => [nameKey(c.reference), c]));
  const seen = new Map<string, { src: SheetRef; row: number }>();
  for (const c of file.contracts) {
    const key = nameKey(c.reference);
    const first = seen.get(key);
    if (first) {
      r.problem(
        c.src,
        c.row,
        'reference',
        `Duplicate contract "${c.reference}": it is already on ${r.where(first, c)}.`,
      );
      continue;
    }
    seen.set(key, c);
    const existing: ThirdPartyContract | undefined = existingContracts.get(key);
    const { src, row, provider, services, ...given } = c;
    const pk = nameKey(provider);
    // An existing provider is named by its id even when the file updates it too.
    const providerRef: ProviderRef | undefined = existingProviders.has(pk)
      ? { id: existingProviders.get(pk)!.id }
      : fileKeys.has(pk)
        ? { key: pk }
        : undefined;
    if (!providerRef)
      r.problem(
        src,
        row,
        'provider',
        `Provider "${provider}" is neither on a Providers sheet nor in the workspace.`,
      );
    const ids =
      services === undefined ? (existing?.nodeIds ?? []) : nodeIds(r, src, row, 'services', services);
    if (!providerRef || ids === undefined) continue;
    const {
      id: _id,
      providerId: _p,
      ...base
    } = existing ?? {
      id: '',
      providerId: '',
      reference: c.reference,
      serviceType: c.serviceType,
      nodeIds: [],
      startDate: c.startDate,
      endDate: null,
      noticeEntityDays: null,
      noticeProviderDays: null,
      governingLaw: '',
      provisionCountry: '',
      storesData: false,
      storageCountry: '',
      processingCountry: '',
      dataSensitivity: null,
      contractedRtoMinutes: null,
      contractedRpoMinutes: null,
      annualCost: null,
      currency: '',
    };
    const values = { ...base, ...given, nodeIds: ids };
    const change: ContractChange = { id: existing?.id, provider: providerRef, values };
    if (!existing) {
      r.count(src.sheet, 'creates');
      body.contracts.push(change);
    } else if (!same(base, values) || !('id' in providerRef) || providerRef.id !== existing.providerId) {
      r.count(src.sheet, 'updates');
      body.contracts.push(change);
    } else r.count(src.sheet, 'unchanged');
  }
}
