// The workbook's Processes sheet says what a missing MTD means and carries each conflict's text, not
// only a count (issue 13 item 14).
import { describe, expect, it } from 'vitest';
import { deriveObjectives, prepareBiaConfig, type BiaProcessInput } from '../../../shared/domain/bia';
import type { EvidenceData, ProcessEvidence } from '../../../electron/core/reports/evidence-data';
import type { BiaRecord } from '../../../shared/contract';
import { processesSheet } from '../../../electron/core/reports/xlsx/sheets/registers';
import { DEFAULT_BIA_CONFIG } from '../../fixtures/bia-config';

const cfg = prepareBiaConfig(DEFAULT_BIA_CONFIG);

function evidence(p: BiaProcessInput): ProcessEvidence {
  return {
    id: p.id,
    name: p.id,
    department: '',
    owner: '',
    record: { status: 'draft', approvedBy: null, approvedAt: null } as unknown as BiaRecord,
    objectives: deriveObjectives(p, cfg),
    ratings: p.ratings as Record<string, (number | null)[]>,
  };
}

function rowsOf(...processes: BiaProcessInput[]) {
  const e = { processes: processes.map(evidence) } as unknown as EvidenceData;
  return [...processesSheet.rows(e)];
}

describe('the Processes sheet', () => {
  it('writes what a missing MTD means instead of a blank cell', () => {
    const [never, unrated, rated] = rowsOf(
      // Worked example: financial peaks at moderate (2) by 30 d, below significant (3): no MTD.
      { id: 'Never intolerable', ratings: { financial: [0, 0, 1, 1, 2, 2, 2, 2] } },
      { id: 'Not rated', ratings: {} },
      // Operational reaches significant at 4 h: MTD 240 min.
      { id: 'Rated', ratings: { operational: [2, 3, 3, 4, 4, 4, 4, 4] } },
    );
    expect(never!.mtd).toBe('none within horizon');
    expect(unrated!.mtd).toBe('not rated');
    expect(rated!.mtd).toBe(240);
  });

  it('carries each conflict and warning as text beside its count', () => {
    // MTD 240, WRT 60, a hand-set RTO of 300: RTO + WRT = 360 > 240.
    const [row] = rowsOf({
      id: 'Billing',
      ratings: { operational: [2, 3, 3, 4, 4, 4, 4, 4] },
      wrtMinutes: 60,
      manualRtoMinutes: 300,
    });
    const o = deriveObjectives(
      {
        id: 'Billing',
        ratings: { operational: [2, 3, 3, 4, 4, 4, 4, 4] },
        wrtMinutes: 60,
        manualRtoMinutes: 300,
      },
      cfg,
    );
    expect(row!.conflicts).toBe(o.conflicts.length);
    expect(o.conflicts.length).toBeGreaterThan(0);
    expect(row!.conflictText).toBe(o.conflicts.map((c) => c.message).join(' | '));
    expect(String(row!.conflictText)).toContain('5 h');
    const headers = processesSheet.columns.map((c) => c.header);
    expect(headers).toContain('Conflict details');
  });
});
