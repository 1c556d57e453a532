// The names a Dependencies row may use: processes and resources on this file's sheets or live in the
// workspace. One name can belong to several kinds (an application and a datastore both called
// "Billing"); a kind column then picks one. Each way a name fails to resolve has its own message.
import type { NodeKind } from '../../../shared/domain/model';
import { resourceKey, type NodeRef } from './plan';
import { nameKey } from './records';
import type { WorkspaceState } from './workspace-state';

export interface FoundNode extends NodeRef {
  name: string;
  /** The live node's id when it exists already; absent for a node this import creates. */
  id?: string;
}

const KIND_NOUN: Record<NodeKind, string> = {
  process: 'a process',
  application: 'an application',
  infrastructure: 'infrastructure',
  datastore: 'a datastore',
  vendor: 'a vendor',
  site: 'a site',
  people: 'people',
};

/** "an application and a datastore", "a process, a site and a vendor". */
function kindList(kinds: NodeKind[]): string {
  const nouns = kinds.map((k) => KIND_NOUN[k]);
  return nouns.length < 2 ? (nouns[0] ?? '') : `${nouns.slice(0, -1).join(', ')} and ${nouns.at(-1)}`;
}

export class NodeDirectory {
  /** name key → the live (or to be created) node of each kind with that name. */
  private readonly byName = new Map<string, Map<NodeKind, FoundNode>>();
  private readonly retired = new Map<string, NodeKind[]>();

  constructor(
    ws: WorkspaceState,
    fileProcesses: Iterable<{ name: string }>,
    fileResources: Iterable<{ kind: NodeKind; name: string }>,
  ) {
    for (const n of [...ws.processes.values(), ...ws.resources.values()]) {
      const key = nameKey(n.name);
      if (n.retired) this.retired.set(key, [...(this.retired.get(key) ?? []), n.kind]);
      else this.add(n.kind, n.name, n.id);
    }
    for (const p of fileProcesses) this.add('process', p.name);
    for (const r of fileResources) this.add(r.kind, r.name);
  }

  private add(kind: NodeKind, name: string, id?: string): void {
    const key = nameKey(name);
    let kinds = this.byName.get(key);
    if (!kinds) this.byName.set(key, (kinds = new Map()));
    // The workspace's node comes first and keeps its id; the file's row only updates it.
    if (kinds.has(kind)) return;
    const ref = { kind, key: kind === 'process' ? key : resourceKey(kind, key), name };
    kinds.set(kind, id === undefined ? ref : { ...ref, id });
  }

  /**
   * The one node a row means by this name (and kind, when given), or why there is none. `role` is
   * the column ("Consumer"); `kindColumn` says whether the sheet has that role's kind column.
   */
  find(name: string, kind: NodeKind | undefined, role: string, kindColumn: boolean): FoundNode | string {
    const key = nameKey(name);
    const all = [...(this.byName.get(key)?.values() ?? [])];
    const matches = kind ? all.filter((n) => n.kind === kind) : all;
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      const kinds = kindList(matches.map((m) => m.kind));
      const fix = kindColumn ? `give its kind in the ${role} kind column` : `add a ${role} kind column`;
      return `"${name}" is ${matches.length === 2 ? 'both ' : ''}${kinds}: ${fix}.`;
    }
    if (kind && all.length > 0) {
      return `${role} "${name}" is not ${KIND_NOUN[kind]} in this file or the workspace: it is ${kindList(all.map((n) => n.kind))}.`;
    }
    const retired = (this.retired.get(key) ?? []).filter((k) => !kind || k === kind);
    if (retired.length > 0) {
      return `${role} "${name}" was retired; a retired ${retired[0] === 'process' ? 'process' : 'resource'} cannot be given dependencies.`;
    }
    return `${role} "${name}" is neither in this file nor in the workspace.`;
  }
}
