// Concentration on a hand-worked map: weights Tier 0 = 4, Tier 1 = 3, Tier 2 = 2, other = 1.
import { describe, expect, it } from 'vitest';
import { concentration, tierWeight } from '../../../../shared/domain/thirdparty/concentration';
import { contract, provider } from './fixtures';

// Map (consumer → provider):
//   Payments (tier 0) → Core banking → Cloud-A
//   Cards    (tier 1) → Card switch  → Cloud-A
//   Reports  (tier 3) → Data lake    → Cloud-B
//   Payments          → Data lake   (soft: needs nothing recovered)
// Providers: Acme runs Core banking (contract c1) and Card switch (c2); Cloud-B hosts the data lake (c3);
// DataCentre Co is a rank-2 sub-contractor under c1 and c3.
const edges = [
  { from: 'pay', to: 'core', hard: true },
  { from: 'core', to: 'cloudA', hard: true },
  { from: 'cards', to: 'switch', hard: true },
  { from: 'switch', to: 'cloudA', hard: true },
  { from: 'reports', to: 'lake', hard: true },
  { from: 'lake', to: 'cloudB', hard: true },
  { from: 'pay', to: 'lake', hard: false },
];
const functions = [
  { id: 'pay', name: 'Payments', tierRank: 0, rtoMinutes: 60, rpoMinutes: 15 },
  { id: 'cards', name: 'Cards', tierRank: 1, rtoMinutes: 240, rpoMinutes: 60 },
  { id: 'reports', name: 'Reports', tierRank: 3, rtoMinutes: 2880, rpoMinutes: 1440 },
];

describe('concentration', () => {
  it('weights tiers 4, 3, 2, 1 and untiered 1', () => {
    expect([0, 1, 2, 3, 7, null].map(tierWeight)).toEqual([4, 3, 2, 1, 1, 1]);
  });

  it('ranks providers, sub-contractors included, by the tier-weighted functions above them', () => {
    const rows = concentration({
      providers: [provider('acme'), provider('cloudb'), provider('dc', { name: 'DataCentre Co' })],
      contracts: [
        contract('c1', 'acme', { nodeIds: ['core'] }),
        contract('c2', 'acme', { nodeIds: ['switch'] }),
        contract('c3', 'cloudb', { nodeIds: ['lake'] }),
      ],
      chain: [
        { id: 'l1', contractId: 'c1', providerId: 'dc', recipientId: 'acme', rank: 2 },
        { id: 'l2', contractId: 'c3', providerId: 'dc', recipientId: 'cloudb', rank: 2 },
      ],
      functions,
      edges,
    });
    // DataCentre Co: Payments (4) via c1 + Reports (1) via c3 = 5; Acme: Payments 4 + Cards 3 = 7;
    // Cloud-B: Reports only (the soft edge from Payments does not count) = 1.
    expect(rows.map((r) => [r.providerId, r.score, r.functionIds, r.rank, r.contracts])).toEqual([
      ['acme', 7, ['cards', 'pay'], 1, 2],
      ['dc', 5, ['pay', 'reports'], 2, 2],
      ['cloudb', 1, ['reports'], 1, 1],
    ]);
    expect(rows[0]!.byWeight).toEqual([0, 0, 1, 1]);
  });

  it("uses a provider's own vendor nodes when it has no contract", () => {
    const rows = concentration({
      providers: [provider('x', { nodeIds: ['cloudA'] })],
      contracts: [],
      chain: [],
      functions,
      edges,
    });
    expect(rows[0]!.score).toBe(7);
  });
});
