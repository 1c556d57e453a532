// Names for what audit entries touch, so the trail reads "Freight booking" instead of a UUID: the
// store's reads first (each kind read once, on first need), then the name in the entry's own after
// or before image (a retired or deleted row the reads no longer return), then any name an earlier
// entry's image gave that id. Used by the app's audit list and by the pack's workbook and PDF.
import type { AuditEntryView } from '../../../../shared/contract';
import type { Store } from '../../store';

/** An entry's entity, with the images that may carry its name. */
export interface NamedEntry {
  entity: string;
  entityId: string;
  beforeJson: string | null;
  afterJson: string | null;
}

export interface EntityNamer {
  /** For a stored entry (the pack's workbook and PDF). */
  ofRecord(entry: NamedEntry): string;
  /** For an entry as the API shows it, images already parsed (the app's audit list). */
  ofView(entry: Pick<AuditEntryView, 'entity' | 'entityId' | 'before' | 'after'>): string;
}

type Reader = (store: Store) => Iterable<[string, string]>;

function nodeNames(store: Store): Map<string, string> {
  return store.nodes.names();
}

function runbookNames(store: Store): [string, string][] {
  return store.runbooks.liveIds().map((id) => [id, store.runbooks.runbook(id).name]);
}

/** Entity kind → the store read that names its rows. Kinds not listed fall back to the images. */
const READERS: Record<string, Reader> = {
  node: nodeNames,
  // A BIA entry's id is its process's.
  bia: nodeNames,
  edge: (store) => {
    const names = store.nodes.names();
    return store.nodes
      .everyEdge()
      .map((e) => [e.id, `${names.get(e.consumerId) ?? '?'} → ${names.get(e.providerId) ?? '?'}`]);
  },
  runbook: runbookNames,
  release: (store) => store.releases.list().map((r) => [r.id, r.name]),
  drtest: (store) => store.drtests.list().map((t) => [t.id, t.name]),
  finding: (store) => store.drtests.findings().map((f) => [f.id, f.title]),
  slo: (store) => store.slos.list().map((s) => [s.id, s.name]),
  freeze: (store) => store.calendar.freezes().map((f) => [f.id, f.name]),
  maintenance: (store) => store.calendar.maintenance().map((m) => [m.id, m.name]),
  category: (store) => store.registers.load().categories.map((c) => [c.id, c.name]),
  bucket: (store) => store.registers.load().buckets.map((b) => [b.id, b.label]),
  tier: (store) => store.registers.load().tiers.map((t) => [t.id, t.name]),
};

const NAME_FIELDS = ['name', 'title', 'label'];

/** The name an image gives, from the fields a row's name lives in. */
function nameInValue(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  for (const field of NAME_FIELDS) {
    const name = v[field];
    if (typeof name === 'string' && name !== '') return name;
  }
  return undefined;
}

function nameInJson(json: string | null): string | undefined {
  // Most images (a rating, a status change) carry no name: skip parsing them.
  if (json === null || !NAME_FIELDS.some((f) => json.includes(`"${f}"`))) return undefined;
  try {
    return nameInValue(JSON.parse(json));
  } catch {
    // A stored image is canonical JSON; one that is not has no name to offer.
    return undefined;
  }
}

export function entityNamer(store: Store): EntityNamer {
  const byKind = new Map<string, Map<string, string>>();
  const fromImages = new Map<string, string>();
  const read = (entity: string): Map<string, string> => {
    let names = byKind.get(entity);
    if (!names) {
      const reader = READERS[entity];
      names = new Map(reader ? reader(store) : []);
      byKind.set(entity, names);
    }
    return names;
  };
  const resolve = (entity: string, entityId: string, fromImage: () => string | undefined): string => {
    const known = read(entity).get(entityId);
    if (known !== undefined) return known;
    const key = `${entity}\u0000${entityId}`;
    const own = fromImage();
    if (own !== undefined) {
      fromImages.set(key, own);
      return own;
    }
    return fromImages.get(key) ?? '';
  };
  return {
    ofRecord: (e) => resolve(e.entity, e.entityId, () => nameInJson(e.afterJson) ?? nameInJson(e.beforeJson)),
    ofView: (e) => resolve(e.entity, e.entityId, () => nameInValue(e.after) ?? nameInValue(e.before)),
  };
}
