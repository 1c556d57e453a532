// Meridian Freight's third parties: its e-money arm files a DORA Register of Information, so the
// demo holds the filing entity, six ICT providers (one known only by a VAT number), their contracts
// and a sub-contracting chain. The LEIs are fictional; their ISO 17442 check digits are real, so
// `steadfast roi` on the demo validates and writes the package. One contract's RTO is slower than
// the booking process needs, so the register shows the FFIEC flag.
import type { AltCodeType, DataSensitivity, Substitutability } from '../../../shared/domain/thirdparty/types';
import type { ActingSession } from './acting-session';
import { DEMO_ACTORS } from './actors';

interface DemoProvider {
  key: string;
  name: string;
  lei: string | null;
  alt?: [string, AltCodeType];
  country: string;
  type: string;
  parent?: string;
  substitutability: Substitutability;
  reason: string;
  exitPlan: string;
  alternatives: string;
  lastAudit: string;
  nodes: string[];
}

const PROVIDERS: DemoProvider[] = [
  {
    key: 'nimbus-holding',
    name: 'Nimbus Holdings Inc.',
    lei: '549300NIMBUSHLD00178',
    country: 'US',
    type: 'Parent undertaking',
    substitutability: 'highly-complex',
    reason: '',
    exitPlan: '',
    alternatives: '',
    lastAudit: '2024-09-30',
    nodes: [],
  },
  {
    key: 'nimbus',
    name: 'Nimbus Cloud Services Ireland Ltd',
    lei: '635400NIMBUSIE000164',
    country: 'IE',
    type: 'Cloud service provider',
    parent: 'nimbus-holding',
    substitutability: 'highly-complex',
    reason: 'Kubernetes clusters and managed databases would need a re-platforming of about six months.',
    exitPlan:
      'Exit plan EP-07: re-platform to a second cloud region or provider within 6 months; tested as a tabletop in 2025.',
    alternatives: 'Two EU hyperscalers assessed in 2025',
    lastAudit: '2025-06-12',
    nodes: ['Cloud provider'],
  },
  {
    key: 'dubcolo',
    name: 'Dublin Colocation DC Ltd',
    lei: '635400DUBCOLO0000129',
    country: 'IE',
    type: 'Data centre operator',
    substitutability: 'medium',
    reason: 'Sub-contracted by Nimbus for its Dublin region.',
    exitPlan: '',
    alternatives: '',
    lastAudit: '2025-02-03',
    nodes: [],
  },
  {
    key: 'keyline',
    name: 'Keyline Identity AB',
    lei: '549300KEYLINE0000177',
    country: 'SE',
    type: 'Identity as a service',
    substitutability: 'medium',
    reason: 'Standards-based (SAML, OIDC); migration of users and policies takes about two months.',
    exitPlan:
      'Exit plan EP-11: export of directory and policies monthly; fallback to the on-premises directory.',
    alternatives: 'Two IDaaS vendors shortlisted',
    lastAudit: '2025-04-22',
    nodes: ['Identity provider (SSO)'],
  },
  {
    key: 'edi',
    name: 'EDI Connect B.V.',
    lei: '724500EDICONNECT0166',
    country: 'NL',
    type: 'Value-added network',
    substitutability: 'medium',
    reason: 'Carrier and customs mailboxes must be re-registered.',
    exitPlan: 'Exit plan EP-04: second VAN contracted for customs messages.',
    alternatives: 'Secondary VAN for customs',
    lastAudit: '2025-03-18',
    nodes: ['EDI network'],
  },
  {
    key: 'sanctio',
    name: 'Sanctio Data GmbH',
    lei: null,
    alt: ['DE318472605', 'VAT'],
    country: 'DE',
    type: 'Data feed',
    substitutability: 'easy',
    reason: '',
    exitPlan: 'Exit plan EP-09: switch to another list vendor; lists are public.',
    alternatives: 'Three list vendors',
    lastAudit: '2025-05-07',
    nodes: ['Sanctions list provider'],
  },
  {
    key: 'nordtel',
    name: 'NordTel Carrier A/S',
    lei: '529900NORDTEL0000191',
    country: 'DK',
    type: 'Telecommunications carrier',
    substitutability: 'easy',
    reason: '',
    exitPlan: 'Port numbers to a second carrier within 10 working days.',
    alternatives: 'Two carriers quoted',
    lastAudit: '2025-01-29',
    nodes: ['Telco carrier'],
  },
];

interface DemoContract {
  reference: string;
  provider: string;
  serviceType: string;
  nodes: string[];
  start: string;
  end: string | null;
  notice: [number, number];
  law: string;
  provision: string;
  storage: string | null;
  processing: string;
  sensitivity: DataSensitivity | null;
  rto: number | null;
  rpo: number | null;
  cost: number;
}

const CONTRACTS: DemoContract[] = [
  {
    reference: 'MF-ICT-001',
    provider: 'nimbus',
    serviceType: 'S17',
    nodes: ['Cloud provider'],
    start: '2023-04-01',
    end: '2028-03-31',
    notice: [180, 365],
    law: 'IE',
    provision: 'IE',
    storage: 'IE',
    processing: 'IE',
    sensitivity: 'high',
    // Booking needs its platform back far sooner: the register flags this contract.
    rto: 240,
    rpo: 15,
    cost: 640_000,
  },
  {
    reference: 'MF-ICT-002',
    provider: 'keyline',
    serviceType: 'S19',
    nodes: ['Identity provider (SSO)'],
    start: '2024-01-01',
    end: '2026-12-31',
    notice: [90, 180],
    law: 'SE',
    provision: 'SE',
    storage: 'SE',
    processing: 'SE',
    sensitivity: 'high',
    rto: 60,
    rpo: 15,
    cost: 85_000,
  },
  {
    reference: 'MF-ICT-003',
    provider: 'edi',
    serviceType: 'S11',
    nodes: ['EDI network'],
    start: '2022-07-01',
    end: null,
    notice: [90, 90],
    law: 'NL',
    provision: 'NL',
    storage: 'NL',
    processing: 'NL',
    sensitivity: 'medium',
    rto: 120,
    rpo: 60,
    cost: 48_000,
  },
  {
    reference: 'MF-ICT-004',
    provider: 'sanctio',
    serviceType: 'S19',
    nodes: ['Sanctions list provider'],
    start: '2024-06-01',
    end: '2027-05-31',
    notice: [30, 90],
    law: 'DE',
    provision: 'DE',
    storage: null,
    processing: 'DE',
    sensitivity: 'low',
    rto: 240,
    rpo: 1440,
    cost: 22_000,
  },
  {
    reference: 'MF-ICT-005',
    provider: 'nordtel',
    serviceType: 'S10',
    nodes: ['Telco carrier'],
    start: '2021-10-01',
    end: null,
    notice: [30, 60],
    law: 'DK',
    provision: 'DK',
    storage: null,
    processing: 'DK',
    sensitivity: null,
    rto: 480,
    rpo: null,
    cost: 31_000,
  },
];

/** Sub-contracting: [contract, sub-contractor, the provider it serves, rank]. */
const CHAIN: [string, string, string, number][] = [
  ['MF-ICT-001', 'dubcolo', 'nimbus', 2],
  ['MF-ICT-002', 'nimbus', 'keyline', 2],
  ['MF-ICT-002', 'dubcolo', 'nimbus', 3],
];

export async function seedThirdParties(s: ActingSession, ids: Map<string, string>): Promise<void> {
  s.as(DEMO_ACTORS.lead).wait(60);
  await s.call('thirdParties.saveEntity', {
    lei: '724500MERIDIANPAY026',
    name: 'Meridian Freight Payments B.V.',
    country: 'NL',
    entityType: 'eba_CT:x302',
    competentAuthority: 'De Nederlandsche Bank (DNB)',
    currency: 'EUR',
  });
  const providerIds = new Map<string, string>();
  for (const p of PROVIDERS) {
    const id = await s.call('thirdParties.saveProvider', {
      name: p.name,
      lei: p.lei,
      altCode: p.alt?.[0] ?? null,
      altCodeType: p.alt?.[1] ?? null,
      country: p.country,
      personType: 'legal',
      providerType: p.type,
      parentId: p.parent ? providerIds.get(p.parent)! : null,
      substitutability: p.substitutability,
      substitutabilityReason: p.reason,
      exitPlan: p.exitPlan,
      alternatives: p.alternatives,
      lastAuditDate: p.lastAudit,
      nodeIds: p.nodes.map((n) => ids.get(n)!),
    });
    providerIds.set(p.key, id);
  }
  const contractIds = new Map<string, string>();
  for (const c of CONTRACTS) {
    const id = await s.call('thirdParties.saveContract', {
      reference: c.reference,
      providerId: providerIds.get(c.provider)!,
      serviceType: c.serviceType,
      nodeIds: c.nodes.map((n) => ids.get(n)!),
      startDate: c.start,
      endDate: c.end,
      noticeEntityDays: c.notice[0],
      noticeProviderDays: c.notice[1],
      governingLaw: c.law,
      provisionCountry: c.provision,
      storesData: c.storage !== null,
      storageCountry: c.storage ?? '',
      processingCountry: c.processing,
      dataSensitivity: c.sensitivity,
      contractedRtoMinutes: c.rto,
      contractedRpoMinutes: c.rpo,
      annualCost: c.cost,
      currency: 'EUR',
    });
    contractIds.set(c.reference, id);
  }
  for (const [contract, sub, recipient, rank] of CHAIN) {
    await s.call('thirdParties.saveLink', {
      contractId: contractIds.get(contract)!,
      providerId: providerIds.get(sub)!,
      recipientId: providerIds.get(recipient)!,
      rank,
    });
  }
}
