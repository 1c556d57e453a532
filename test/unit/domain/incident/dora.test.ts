// DORA classification against worked examples built from the criteria of Delegated Regulation (EU)
// 2024/1772: Art. 8(1) (critical services necessary; 9(5)(b) alone, or two thresholds of 9(1)–(6)),
// and each threshold of Art. 9 at and just past its boundary ("higher than", "longer than").
import { describe, expect, it } from 'vitest';
import {
  classifyDora,
  doraMissingFields,
  DoraMissingDataError,
  type IncidentImpact,
} from '../../../../shared/domain/incident';

/** Every field known, nothing met: the baseline each example changes. */
const quiet: IncidentImpact = {
  criticalFunctionsAffected: false,
  authorisedServicesAffected: false,
  maliciousAccess: false,
  clientsAffected: 0,
  clientsTotal: 1_000_000,
  counterpartsAffected: 0,
  counterpartsTotal: 100,
  transactionsAffected: 0,
  transactionsDailyAverage: 50_000,
  valueAffectedEur: 0,
  valueDailyAverageEur: 10_000_000,
  relevantClientsAffected: false,
  reputational: { media: false, complaints: false, regulatoryBreach: false, clientLoss: false },
  memberStates: ['DE'],
  dataLoss: {
    availability: false,
    authenticity: false,
    integrity: false,
    confidentiality: false,
    adverse: false,
  },
  costsAndLossesEur: 0,
};
const classify = (impact: Partial<IncidentImpact>, durationMinutes = 30, downtimeMinutes = 30) =>
  classifyDora({ impact: { ...quiet, ...impact }, durationMinutes, downtimeMinutes });
const metIds = (c: ReturnType<typeof classify>) => c.criteria.filter((x) => x.met).map((x) => x.id);

describe('Art. 8(1): the major-incident rule', () => {
  it('a payments outage of 3 h hitting 15 % of clients on a critical function is major (8(1)(b))', () => {
    // 150,000 of 1,000,000 clients: > 10 % (9(1)(a)) and > 100,000 (9(1)(b)); downtime 180 min > 120 on
    // a critical function (9(3)(b)): two criteria, critical services affected (6(a)).
    const c = classify({ criticalFunctionsAffected: true, clientsAffected: 150_000 }, 200, 180);
    expect(c.major).toBe(true);
    expect(metIds(c)).toEqual(['clients', 'duration']);
    expect(c.criteria[0]!.reasons).toHaveLength(2);
    expect(c.reason).toMatch(/^Major under Art\. 8\(1\)\(b\)/);
  });

  it('is never major without critical services, however many thresholds are met', () => {
    const c = classify(
      {
        clientsAffected: 500_000,
        reputational: { media: true, complaints: true, regulatoryBreach: false, clientLoss: false },
        memberStates: ['DE', 'FR', 'NL'],
        costsAndLossesEur: 2_000_000,
      },
      3000,
      3000,
    );
    expect(metIds(c)).toEqual(['clients', 'reputational', 'duration', 'geographical', 'economic']);
    expect(c.criticalServices.met).toBe(false);
    expect(c.major).toBe(false);
    expect(c.reason).toMatch(/no critical service was affected/);
  });

  it('a successful malicious access is major on its own (6(c) + 9(5)(b), 8(1)(a))', () => {
    const c = classify({ maliciousAccess: true });
    expect(c.major).toBe(true);
    expect(c.criticalServices.reasons[0]).toMatch(/^Art\. 6\(c\)/);
    expect(metIds(c)).toEqual([]);
    expect(c.reason).toMatch(/8\(1\)\(a\)/);
  });

  it('one threshold with critical services affected is not major', () => {
    const c = classify({ authorisedServicesAffected: true, costsAndLossesEur: 150_000 });
    expect(metIds(c)).toEqual(['economic']);
    expect(c.major).toBe(false);
    expect(c.reason).toMatch(/only one materiality threshold \(Art\. 9\(6\)\)/);
  });
});

describe('Art. 9 thresholds at their boundaries', () => {
  it('9(1)(a),(b): higher than 10 % and higher than 100,000, not equal', () => {
    expect(classify({ clientsAffected: 100, clientsTotal: 1000 }).criteria[0]!.met).toBe(false);
    expect(classify({ clientsAffected: 101, clientsTotal: 1000 }).criteria[0]!.met).toBe(true);
    expect(classify({ clientsAffected: 100_000, clientsTotal: 10_000_000 }).criteria[0]!.met).toBe(false);
    expect(classify({ clientsAffected: 100_001, clientsTotal: 10_000_000 }).criteria[0]!.met).toBe(true);
  });

  it('9(1)(c)–(f): counterparts over 30 %, transactions and value over 10 % of the daily average, relevant clients', () => {
    expect(classify({ counterpartsAffected: 30 }).criteria[0]!.met).toBe(false);
    expect(classify({ counterpartsAffected: 31 }).criteria[0]!.met).toBe(true);
    expect(classify({ transactionsAffected: 5000 }).criteria[0]!.met).toBe(false);
    expect(classify({ transactionsAffected: 5001 }).criteria[0]!.met).toBe(true);
    expect(classify({ valueAffectedEur: 1_000_001 }).criteria[0]!.reasons[0]).toMatch(/^Art\. 9\(1\)\(e\)/);
    expect(classify({ relevantClientsAffected: true }).criteria[0]!.reasons).toEqual([
      'Art. 9(1)(f): relevant clients or financial counterparts affected.',
    ]);
  });

  it('9(3): duration longer than 24 h; downtime longer than 2 h only for critical functions', () => {
    expect(classify({}, 1440, 0).criteria[2]!.met).toBe(false);
    expect(classify({}, 1441, 0).criteria[2]!.met).toBe(true);
    expect(classify({ criticalFunctionsAffected: true }, 120, 120).criteria[2]!.met).toBe(false);
    expect(classify({ criticalFunctionsAffected: true }, 121, 121).criteria[2]!.met).toBe(true);
    expect(classify({ criticalFunctionsAffected: false }, 300, 300).criteria[2]!.met).toBe(false);
  });

  it('9(4): two or more distinct Member States', () => {
    expect(classify({ memberStates: ['DE', 'de'] }).criteria[3]!.met).toBe(false);
    expect(classify({ memberStates: ['DE', 'FR'] }).criteria[3]!.met).toBe(true);
  });

  it('9(5)(a): a data impact counts only with an adverse impact on objectives or compliance', () => {
    const lost = { availability: false, authenticity: false, integrity: true, confidentiality: false };
    expect(classify({ dataLoss: { ...lost, adverse: false } }).criteria[4]!.met).toBe(false);
    expect(classify({ dataLoss: { ...lost, adverse: true } }).criteria[4]!.met).toBe(true);
  });

  it('9(6): costs and losses exceeding EUR 100,000', () => {
    expect(classify({ costsAndLossesEur: 100_000 }).criteria[5]!.met).toBe(false);
    expect(classify({ costsAndLossesEur: 100_000.01 }).criteria[5]!.met).toBe(true);
  });
});

describe('missing impact data', () => {
  it('lists every field still unknown and refuses to classify', () => {
    const impact: IncidentImpact = { ...quiet };
    delete impact.clientsTotal;
    delete impact.costsAndLossesEur;
    expect(doraMissingFields(impact)).toEqual([
      'all clients using the service (Art. 9(1)(a))',
      'costs and losses in EUR (Art. 7)',
    ]);
    expect(() => classifyDora({ impact, durationMinutes: 0, downtimeMinutes: 0 })).toThrow(
      DoraMissingDataError,
    );
    expect(() => classifyDora({ impact, durationMinutes: 0, downtimeMinutes: 0 })).toThrow(
      'The DORA classification needs these impact fields: all clients using the service (Art. 9(1)(a)); costs and losses in EUR (Art. 7).',
    );
  });
});
