// Evidence packs: an export runs as a background job in the Node process; the renderer polls its
// status and may cancel it. The finished pack (PDF, workbook, manifest, signature) arrives as one zip.
import { z } from 'zod';
import type { EvidenceJobStatus } from '../evidence-types';
import { method } from '../method';
import { id, text } from '../schemas';

const jobId = z.string().uuid('must be an export job id');

export const evidenceScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('workspace') }).strict(),
  z.object({ kind: z.literal('processes'), processIds: z.array(id).min(1).max(20_000) }).strict(),
  z.object({ kind: z.literal('tiers'), tierNames: z.array(text(200)).min(1).max(100) }).strict(),
]);

export const evidenceMethods = {
  'evidence.start': method<{ jobId: string }>()(
    z
      .object({ scope: evidenceScope, pdf: z.boolean(), xlsx: z.boolean() })
      .strict()
      .refine((v) => v.pdf || v.xlsx, 'choose the PDF report, the workbook or both'),
  ),
  'evidence.status': method<EvidenceJobStatus>()(z.object({ jobId }).strict()),
  'evidence.cancel': method<{ cancelled: boolean }>()(z.object({ jobId }).strict()),
} as const;
