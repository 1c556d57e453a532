// The people who appear in the demo's audit trail.
export const DEMO_ACTORS = {
  lead: { name: 'Priya Raman', role: 'BCM lead' },
  analyst: { name: 'Tomás Ólafsson', role: 'Continuity analyst' },
  approver: { name: 'Grace Okafor', role: 'Head of finance & operations' },
} as const;
