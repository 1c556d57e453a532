// Writes the Register of Information as one xBRL-CSV report package (a ZIP): META-INF/reportPackage.json,
// reports/report.json naming the EBA DORA 4.0 module, one CSV per template, FilingIndicators.csv and
// parameters.csv. Only a report without problems is written.
import type { RoiReport } from '../../../../shared/domain/thirdparty/roi';
import { roiFileName } from '../../../../shared/domain/thirdparty/roi-templates';
import { ZipWriter } from '../../zip/write';

/** The EBA taxonomy entry point the package extends (DORA framework 4.0). */
export const DORA_MODULE = 'http://www.eba.europa.eu/eu/fr/xbrl/crr/fws/dora/4.0/mod/dora.json';

/** RFC 4180: quote a field that holds a comma, a quote or a line break. */
function field(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function csv(rows: string[][]): string {
  return rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The package's folder name, as the EBA filing rules name a DORA RoI package. */
export function packageName(report: RoiReport): string {
  const entity = report.parameters.find(([n]) => n === 'entityID')![1].replace(/^rs:/, '');
  const ref = report.parameters.find(([n]) => n === 'refPeriod')![1];
  return `${entity}_DORA010100_${ref}`;
}

export async function writeRoiPackage(path: string, report: RoiReport, at: Date): Promise<void> {
  if (report.problems.length > 0)
    throw new Error('A Register of Information with problems is never written.');
  const zip = new ZipWriter(path, at);
  // Report Packages 1.0: every entry sits in one top-level folder named for the package.
  const root = packageName(report);
  await zip.file(
    `${root}/META-INF/reportPackage.json`,
    JSON.stringify({ documentInfo: { documentType: 'https://xbrl.org/report-package/2023' } }, null, 2),
  );
  await zip.file(
    `${root}/reports/report.json`,
    JSON.stringify(
      { documentInfo: { documentType: 'https://xbrl.org/2021/xbrl-csv', extends: [DORA_MODULE] } },
      null,
      2,
    ),
  );
  await zip.file(`${root}/reports/parameters.csv`, csv([['name', 'value'], ...report.parameters]));
  await zip.file(
    `${root}/reports/FilingIndicators.csv`,
    csv([['templateID', 'reported'], ...report.tables.map((t) => [t.template, 'true'])]),
  );
  for (const t of report.tables)
    await zip.file(`${root}/reports/${roiFileName(t.template)}`, csv([t.columns, ...t.rows]));
  await zip.close();
}
