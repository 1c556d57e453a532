// The FFIEC check: a contracted RTO or RPO slower than the strictest function above the service.
import { describe, expect, it } from 'vitest';
import { contractObjectiveFlags } from '../../../../shared/domain/thirdparty/contracted-objectives';
import { contract, provider } from './fixtures';

const edges = [
  { from: 'pay', to: 'core', hard: true },
  { from: 'cards', to: 'core', hard: true },
];
const functions = [
  { id: 'pay', name: 'Payments', tierRank: 0, rtoMinutes: 60, rpoMinutes: 15 },
  { id: 'cards', name: 'Cards', tierRank: 1, rtoMinutes: 240, rpoMinutes: 60 },
];
const run = (rto: number | null, rpo: number | null) =>
  contractObjectiveFlags({
    providers: [provider('p')],
    contracts: [
      contract('c', 'p', { nodeIds: ['core'], contractedRtoMinutes: rto, contractedRpoMinutes: rpo }),
    ],
    functions,
    edges,
    format: (m) => `${m} min`,
  });

describe('contracted objectives', () => {
  it('flags a contracted RTO slower than the strictest dependent function, naming it', () => {
    const flags = run(120, null);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      objective: 'rto',
      contractedMinutes: 120,
      neededMinutes: 60,
      functionName: 'Payments',
    });
    expect(flags[0]!.message).toBe('Contract C-c promises an RTO of 120 min, but Payments needs 60 min.');
  });

  it('passes a contract as fast as the need, and flags the RPO on its own', () => {
    expect(run(60, 15)).toEqual([]);
    expect(run(60, 30).map((f) => f.objective)).toEqual(['rpo']);
    expect(run(null, null)).toEqual([]);
  });
});
