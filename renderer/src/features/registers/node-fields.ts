// Processes and resources as grid rows: the editable fields, turning a row into the API's input, and
// reading pasted text into a field.
import type { MethodInput, NodeView } from '../../../../shared/contract';
import { NODE_KINDS, type NodeKind, type Tier } from '../../../../shared/domain/model';
import { parseDuration } from '../../components/duration';

export type NodeSave = MethodInput<'nodes.save'>;

export const RESOURCE_KINDS = NODE_KINDS.filter((k) => k !== 'process');

export const KIND_LABEL: Record<NodeKind, string> = {
  process: 'Process',
  application: 'Application',
  infrastructure: 'Infrastructure',
  datastore: 'Data store',
  vendor: 'Vendor',
  site: 'Site',
  people: 'People',
};

const TEXT_FIELDS = ['name', 'owner', 'department', 'description'] as const;
const MINUTE_FIELDS = ['rtoMinutes', 'rpoMinutes', 'restoreMinutes'] as const;

export const FIELD_LABEL: Record<string, string> = {
  kind: 'Kind',
  name: 'Name',
  owner: 'Owner',
  department: 'Department',
  description: 'Description',
  tierId: 'Tier',
  rtoMinutes: 'Target RTO',
  rpoMinutes: 'Target RPO',
  restoreMinutes: 'Restore time',
};

export function toNodeInput(n: NodeView): NodeSave {
  return {
    id: n.id,
    kind: n.kind,
    name: n.name,
    owner: n.owner,
    department: n.department,
    description: n.description,
    tierId: n.tierId,
    rtoMinutes: n.rtoMinutes,
    rpoMinutes: n.rpoMinutes,
    restoreMinutes: n.restoreMinutes,
    // The version this row was loaded at: a save after someone else's change is refused, not lost.
    basedOn: n.updatedAt,
  };
}

export function blankNode(kind: NodeKind): NodeSave {
  return { kind, name: '' };
}

function readKind(text: string): NodeKind | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  return NODE_KINDS.find((k) => k === t || KIND_LABEL[k].toLowerCase().replace(/\s+/g, '') === t);
}

function readTier(text: string, tiers: readonly Tier[]): string | null | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  return tiers.find((x) => x.name.toLowerCase() === t || x.id.toLowerCase() === t || String(x.rank) === t)
    ?.id;
}

/** Writes pasted text into one field of a node input; answers a problem to report, if any. */
export function writeField(
  input: NodeSave,
  field: string,
  text: string,
  tiers: readonly Tier[],
  resourcesOnly: boolean,
): string | undefined {
  const label = FIELD_LABEL[field] ?? field;
  if ((TEXT_FIELDS as readonly string[]).includes(field)) {
    input[field as (typeof TEXT_FIELDS)[number]] = text.trim();
  } else if ((MINUTE_FIELDS as readonly string[]).includes(field)) {
    const v = parseDuration(text);
    if (v === undefined) return `${label}: "${text}" is not a duration (minutes, or e.g. 4 h, 1 d)`;
    input[field as (typeof MINUTE_FIELDS)[number]] = v;
  } else if (field === 'tierId') {
    const v = readTier(text, tiers);
    if (v === undefined)
      return `${label}: there is no tier "${text}" (${tiers.map((x) => x.name).join(', ')})`;
    input.tierId = v;
  } else if (field === 'kind') {
    const v = readKind(text);
    if (!v || (resourcesOnly && v === 'process')) {
      return `${label}: "${text}" is not a resource kind (${RESOURCE_KINDS.map((k) => KIND_LABEL[k]).join(', ')})`;
    }
    input.kind = v;
  }
  return undefined;
}
