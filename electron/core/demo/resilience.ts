// The demo's operational resilience (PRA SS1/21): three important business services with impact
// tolerances, and three severe-but-plausible scenarios over the map's own nodes, one of which
// breaches (a core network outage keeps billing and carrier payments down past their tolerance).
import type { ActingSession } from './acting-session';
import { DEMO_ACTORS } from './actors';

export const DEMO_SERVICES = [
  {
    name: 'Book and track freight',
    owner: 'Lena Vos',
    customers: 'Shippers and forwarding agents in the UK and the EU (about 4,200 accounts)',
    description: 'Customers book road and sea freight online or through agents and follow it to delivery.',
    nodes: ['Freight booking', 'Customer portal', 'Shipment tracking'],
    tolerance: {
      label: 'Maximum time of disruption',
      maxDisruptionMinutes: 480,
      customersAffected: 4_200,
      rationale:
        'After eight hours shippers re-book with competitors and perishable loads miss their sailings (peak-season incident, 2025).',
    },
  },
  {
    name: 'Clear goods through customs',
    owner: 'Sofia Marin',
    customers: 'Importers and exporters whose goods cross the UK–EU border',
    description: 'Declarations lodged and parties screened before goods move at the border.',
    nodes: ['Customs declarations', 'Sanctions screening'],
    tolerance: {
      label: 'Maximum time of disruption',
      maxDisruptionMinutes: 480,
      transactionsNotProcessed: 1_500,
      rationale: 'Beyond a working day lorries queue at the port and goods held at the border spoil.',
    },
  },
  {
    name: 'Bill customers and pay carriers',
    owner: 'Jonas Berg',
    customers: 'Customers invoiced and carriers paid for every consignment',
    description: 'Invoices raised and carrier settlements paid on time.',
    nodes: ['Customer billing', 'Carrier payments'],
    tolerance: {
      label: 'Maximum time of disruption',
      maxDisruptionMinutes: 720,
      valueNotProcessed: 3_500_000,
      rationale:
        'Carriers are settled in the nightly run; missing it by more than twelve hours breaks their contracts and they stop loading.',
    },
  },
] as const;

export async function seedResilience(s: ActingSession, ids: Map<string, string>): Promise<void> {
  const node = (name: string): string => {
    const id = ids.get(name);
    if (!id) throw new Error(`demo: no node named ${name}`);
    return id;
  };
  s.as(DEMO_ACTORS.lead).wait(60 * 24);
  for (const svc of DEMO_SERVICES) {
    const saved = await s.call('services.save', {
      name: svc.name,
      owner: svc.owner,
      customers: svc.customers,
      description: svc.description,
      nodeIds: svc.nodes.map(node),
    });
    await s.call('tolerances.save', { serviceId: saved.id, ...svc.tolerance });
    await s.call('reviews.record', { kind: 'service', id: saved.id });
    s.wait(20);
  }
  await s.call('scenarios.save', {
    name: 'Loss of the primary cloud provider',
    source: 'sector-event',
    description: 'A region-wide outage of the primary cloud provider, as several UK firms saw in 2024.',
    assumptions:
      'Everything hosted there fails together for the outage; the Amsterdam DR site is unaffected; staff are available.',
    failures: [{ type: 'all-of', nodeId: node('Cloud provider') }],
  });
  await s.call('scenarios.save', {
    name: 'Core network outage',
    source: 'near-miss',
    description: 'Both firewalls fail after a faulty firmware push (a near miss in March).',
    assumptions: 'The firewall pair is replaced from spares; cloud services stay up.',
    failures: [{ type: 'node', nodeId: node('Firewall pair') }],
  });
  await s.call('scenarios.save', {
    name: 'Rotterdam HQ unavailable',
    source: 'previous-incident',
    description: 'The Rotterdam office is closed for a day (the 2025 flood warning).',
    assumptions: 'Customs brokers work from home after setting up remote access.',
    failures: [{ type: 'node', nodeId: node('Rotterdam HQ') }],
  });
}
