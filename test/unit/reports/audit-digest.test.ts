// The PDF's audit section covers the whole period: every entry of a short trail, a summary per day
// and entity of a long one, per day and kind of entity past that; the counts always add up to the
// whole chain, so nothing is cut silently.
import { describe, expect, it } from 'vitest';
import {
  auditDigest,
  ENTITY_LINES_UP_TO,
  LIST_UP_TO,
} from '../../../electron/core/reports/pdf/sections/audit-digest';
import type { AuditRecord } from '../../../electron/core/store/audit-chain';

function entries(n: number, entities: number): AuditRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    seq: i + 1,
    at: new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString(),
    actorName: i % 2 ? 'Ana' : 'Zoë',
    actorRole: 'Lead',
    action: i % 3 ? 'bia.rate' : 'node.create',
    entity: 'node',
    entityId: `n${i % entities}`,
    beforeJson: null,
    afterJson: null,
    signer: null,
    signature: null,
    prevHash: '',
    hash: 'h'.repeat(64),
  }));
}

const name = (e: { entityId: string }) => `Name of ${e.entityId}`;

describe('audit digest', () => {
  it('lists every entry of a short trail, named', () => {
    const d = auditDigest(entries(LIST_UP_TO, 5), LIST_UP_TO, name);
    expect(d.kind).toBe('entries');
    if (d.kind !== 'entries') return;
    expect(d.lines).toHaveLength(LIST_UP_TO);
    expect(d.lines[0]).toMatchObject({ seq: 1, entityName: 'Name of n0' });
  });

  it('summarises a long trail per day and entity, counts adding up to every entry', () => {
    const n = 5_000;
    const d = auditDigest(entries(n, 7), n, name);
    expect(d.kind).toBe('per-entity');
    if (d.kind === 'entries') return;
    expect(d.lines.reduce((s, l) => s + l.count, 0)).toBe(n);
    // 5,000 minutes span four days.
    expect(new Set(d.lines.map((l) => l.day)).size).toBe(4);
    expect(d.lines[0]).toMatchObject({ what: 'node: Name of n0', actors: 'Zoë, Ana' });
    expect(d.lines[0]!.actions).toMatch(/^node\.create ×\d+, bia\.rate ×\d+$/);
  });

  it('falls back to per day and kind of entity when entities are too many to list', () => {
    const n = 20_000;
    const d = auditDigest(entries(n, ENTITY_LINES_UP_TO * 4), n, name);
    expect(d.kind).toBe('per-kind');
    if (d.kind === 'entries') return;
    expect(d.lines.reduce((s, l) => s + l.count, 0)).toBe(n);
    expect(d.lines.every((l) => l.what === 'node')).toBe(true);
  });
});
