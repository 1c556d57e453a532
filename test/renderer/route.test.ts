// Addresses read back to the screen they were written for; anything unknown lands on the home.
import { describe, expect, it } from 'vitest';
import { formatRoute, HOME, parseHash, type RouteInput } from '../../renderer/src/routing/route';

describe('screen addresses', () => {
  it('round-trips areas, records and filters, including characters that need escaping', () => {
    const routes: RouteInput[] = [
      { area: 'workspace' },
      { area: 'releases', id: 'becbe51f-9047-4de9-8131-c4b3b45b33b3' },
      { area: 'bia', query: { coverage: 'draft', department: 'Customs & Compliance' } },
      { area: 'map', id: 'node/with?odd#chars' },
      { area: 'drtests', query: { findings: 'open', raisedAfter: '2026-01-01T00:00:00.000Z' } },
    ];
    for (const r of routes) {
      expect(parseHash(formatRoute(r))).toEqual({ area: r.area, id: r.id ?? null, query: r.query ?? {} });
    }
  });

  it('lands on the home for an empty, unknown or malformed address', () => {
    for (const h of ['', '#', '#/', '#/nowhere', '#/../etc', 'garbage']) expect(parseHash(h)).toEqual(HOME);
    expect(parseHash('#/bia/%E0%A4%A')).toEqual({ area: 'bia', id: null, query: {} });
  });
});
