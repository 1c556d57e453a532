// Importing processes, ratings, tiers, resources and dependencies from XLSX or CSV: templates, a
// preview that lists every problem, and a commit of the previewed plan in one transaction.
import { z } from 'zod';
import { method } from '../method';
import { text } from '../schemas';
import type { Delivery } from '../types';
import { IMPORT_KINDS, type ImportCommitResult, type ImportPreview } from '../import-types';

/** A 50 MB file is about 67 MB of base64; the file limit itself is checked on the decoded bytes. */
export const MAX_IMPORT_BASE64 = 70_000_000;

export const importMethods = {
  'import.template': method<Delivery>()(
    z
      .object({
        kind: z.enum(['workbook', ...IMPORT_KINDS]),
        format: z.enum(['xlsx', 'csv']),
      })
      .strict(),
  ),
  'import.preview': method<ImportPreview>()(
    z
      .object({
        fileName: text(260),
        dataBase64: z
          .string()
          .max(MAX_IMPORT_BASE64, 'is too large: the file must be at most 50 MB')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
      })
      .strict(),
  ),
  'import.commit': method<ImportCommitResult>({ writes: true })(
    z.object({ token: z.string().min(1).max(100) }).strict(),
  ),
} as const;
