// The templates of the DORA Register of Information (Implementing Regulation (EU) 2024/2956, annex I)
// as the EBA's xBRL-CSV taxonomy (DORA 4.0) names their files and columns. The codes follow the
// annex's column numbers (B_02.02.0060 → c0060); docs/third-parties-and-dora-roi.md says where each
// value comes from.

export const ROI_TEMPLATES = [
  'B_01.01',
  'B_01.02',
  'B_01.03',
  'B_02.01',
  'B_02.02',
  'B_02.03',
  'B_03.01',
  'B_03.02',
  'B_03.03',
  'B_04.01',
  'B_05.01',
  'B_05.02',
  'B_06.01',
  'B_07.01',
  'B_99.01',
] as const;
export type RoiTemplate = (typeof ROI_TEMPLATES)[number];

const codes = (...n: number[]) => n.map((i) => `c${String(i).padStart(4, '0')}`);
const upTo = (last: number) => codes(...Array.from({ length: last / 10 }, (_, i) => (i + 1) * 10));

export const ROI_COLUMNS: Record<RoiTemplate, string[]> = {
  'B_01.01': upTo(60),
  'B_01.02': upTo(110),
  'B_01.03': upTo(40),
  'B_02.01': upTo(50),
  'B_02.02': upTo(180),
  'B_02.03': upTo(30),
  'B_03.01': upTo(30),
  'B_03.02': upTo(30),
  'B_03.03': codes(10, 20, 31),
  'B_04.01': upTo(40),
  'B_05.01': upTo(120),
  'B_05.02': upTo(70),
  'B_06.01': upTo(100),
  'B_07.01': upTo(120),
  'B_99.01': upTo(190),
};

/** reports/b_01.01.csv */
export function roiFileName(t: RoiTemplate): string {
  return `${t.toLowerCase()}.csv`;
}

/** DPM members of the closed lists the export writes (from the taxonomy's enumerations). */
export const EBA = {
  yes: 'eba_BT:x28',
  no: 'eba_BT:x29',
  standalone: 'eba_CO:x1',
  notBranch: 'eba_ZZ:x839',
  person: { legal: 'eba_CT:x212', natural: 'eba_CT:x213' },
  code: { LEI: 'eba_qCO:qx2000', EUID: 'eba_qCO:qx2002', VAT: 'eba_qCO:qx2004', OTHER: 'eba_qCO:qx2003' },
  sensitivity: { low: 'eba_ZZ:x791', medium: 'eba_ZZ:x792', high: 'eba_ZZ:x793' },
  substitutability: {
    not: 'eba_ZZ:x959',
    'highly-complex': 'eba_ZZ:x960',
    medium: 'eba_ZZ:x961',
    easy: 'eba_ZZ:x962',
  },
  hierarchy: { ultimateParent: 'eba_RP:x53' },
  country: (c: string) => `eba_GA:${c}`,
  currency: (c: string) => `eba_CU:${c}`,
  serviceType: (s: string) => `eba_TA:${s}`,
} as const;
