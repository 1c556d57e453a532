// Workshop packets in the app: hand one out (delivered like Save a copy), bring one back (the file's
// bytes, as an import takes them) to a review, accept the review with a choice per conflict.
import { z } from 'zod';
import { method } from '../method';
import { text } from '../schemas';
import type { Delivery } from '../types';
import type { PacketInfoView, PacketMergeView, PacketReviewView } from '../packet-types';
import { MAX_IMPORT_BASE64 } from './imports';

export const packetMethods = {
  /** Whether the open workspace is a packet, and of what: null for a master (or any other workspace). */
  'packet.current': method<PacketInfoView | null>()(z.object({}).strict()),
  'packet.cut': method<Delivery>()(
    z
      .object({
        scope: z
          .object({
            kind: z.enum(['whole', 'departments', 'processes']),
            values: z.array(text(200)).max(1000),
          })
          .strict(),
      })
      .strict(),
  ),
  'packet.review': method<PacketReviewView>()(
    z
      .object({
        fileName: text(260),
        dataBase64: z
          .string()
          .max(MAX_IMPORT_BASE64, 'is too large: the packet must be at most 50 MB')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
      })
      .strict(),
  ),
  'packet.accept': method<PacketMergeView>({ writes: true })(
    z
      .object({
        token: z.string().min(1).max(100),
        choices: z.record(z.string().max(2000), z.enum(['master', 'packet'])),
      })
      .strict(),
  ),
} as const;
