// A scoped packet refuses writes to processes and resources outside its scope, so its changes stay
// inside what the workshop was handed (the master keeps the rest). Judged on the rows a transaction
// changed (its entries' row images), which catches every write path without listing them.
import type { AuditInput } from '../audit-chain';
import { CanonicalText } from '../canonical-json';
import { IMAGES_FIELD, type RowImages } from '../state/capture';
import type { PacketRecord } from '.';

/** The node a row of these tables belongs to, by column. */
const NODE_COLUMN: Readonly<Record<string, string>> = {
  node: 'id',
  bia: 'process_id',
  bia_rating: 'process_id',
  bia_loss: 'process_id',
  edge: 'consumer_id',
};

/**
 * Why this transaction may not be written in the packet, or null. `existedAtCut` says whether a node
 * was in the master when the packet was cut (nodes made in the packet are always in scope).
 */
export function scopeRefusal(
  packet: PacketRecord,
  entries: readonly AuditInput[],
  existedAtCut: (nodeId: string) => { name: string } | null,
): string | null {
  if (packet.scopeNodeIds.length === 0) return null;
  const inScope = new Set(packet.scopeNodeIds);
  for (const e of entries) {
    const after = e.after;
    if (typeof after !== 'object' || after === null || !(IMAGES_FIELD in after)) continue;
    // Captured images ride as canonical text until the entry is written (state/capture.ts).
    const raw = (after as Record<string, unknown>)[IMAGES_FIELD];
    const images = (raw instanceof CanonicalText ? JSON.parse(raw.text) : raw) as RowImages;
    for (const [table, rows] of Object.entries(images)) {
      const column = NODE_COLUMN[table];
      if (!column) continue;
      for (const [key, image] of Object.entries(rows)) {
        const nodeId = table === 'node' ? key : image?.[column];
        if (typeof nodeId !== 'string' || inScope.has(nodeId)) continue;
        const existing = existedAtCut(nodeId);
        if (!existing) continue;
        const scope =
          packet.scope.kind === 'departments'
            ? `the department${packet.scope.values.length === 1 ? '' : 's'} ${packet.scope.values.join(', ')}`
            : `${packet.scope.values.length} process${packet.scope.values.length === 1 ? '' : 'es'}`;
        return `This workshop packet covers ${scope} and what they depend on; ${existing.name} is outside it. Make this change in the master workspace "${packet.masterName}".`;
      }
    }
  }
  return null;
}
