// Registers, nodes (processes and resources), BIA records and the objectives overview.
import { z } from 'zod';
import { method } from '../method';
import { empty, id, minutes, nodeKind, optionalText, severity, text, rowId } from '../schemas';
import type { BiaDetail, EdgeView, NodeView, ObjectivesOverview, Registers } from '../bia-types';
import type { CategoryView, BucketView } from '../bia-types';
import type { Tier } from '../../domain/model';

const nullableMinutes = minutes.nullable();

/** The `updatedAt` of the row a form loaded: a save based on an older one is refused as CONFLICT. */
const basedOn = z.iso.datetime('must be the updatedAt the row was loaded with').optional();

export const nodeFields = z
  .object({
    id: rowId.optional(),
    kind: nodeKind,
    name: text(200),
    // Left out: empty on a new node, unchanged on an existing one (an update never resets a field it did not name).
    owner: optionalText(200).optional(),
    department: optionalText(200).optional(),
    description: optionalText(4000).optional(),
    tierId: id.nullable().optional(),
    rtoMinutes: nullableMinutes.optional(),
    rpoMinutes: nullableMinutes.optional(),
    restoreMinutes: nullableMinutes.optional(),
    basedOn,
  })
  .strict();

const processId = z.object({ processId: id }).strict();

export const biaMethods = {
  'registers.get': method<Registers>()(empty),
  'categories.save': method<CategoryView>({ writes: true })(
    z
      .object({ id: rowId.optional(), name: text(120), position: z.number().int().min(0).optional() })
      .strict(),
  ),
  'categories.retire': method<null>({ writes: true })(z.object({ id }).strict()),
  'buckets.save': method<BucketView>({ writes: true })(
    z
      .object({ id: rowId.optional(), label: text(40), minutes: minutes.min(1, 'must be at least 1 minute') })
      .strict(),
  ),
  'buckets.retire': method<null>({ writes: true })(z.object({ id }).strict()),
  'tiers.save': method<Tier>({ writes: true })(
    z
      .object({
        id: rowId.optional(),
        name: text(80),
        rank: z.number().int().min(0).max(20),
        rtoMinutes: minutes,
        rpoMinutes: minutes,
        testFrequencyDays: z.number().int().min(1, 'must be at least 1 day').max(3650),
        description: optionalText(1000).default(''),
      })
      .strict(),
  ),
  'tiers.retire': method<null>({ writes: true })(z.object({ id }).strict()),

  'nodes.list': method<NodeView[]>()(
    z.object({ kind: z.union([nodeKind, z.literal('resource')]).optional() }).strict(),
  ),
  'nodes.save': method<NodeView>({ writes: true })(nodeFields),
  /** A block pasted from a spreadsheet: every row saved, or none. */
  'nodes.saveMany': method<{ saved: number }>({ writes: true })(
    z.object({ rows: z.array(nodeFields).min(1).max(20_000) }).strict(),
  ),
  'nodes.retire': method<null>({ writes: true })(z.object({ id }).strict()),
  'edges.list': method<EdgeView[]>()(empty),
  'edges.save': method<EdgeView>({ writes: true })(
    z
      .object({
        id: rowId.optional(),
        consumerId: id,
        providerId: id,
        hard: z.boolean().default(true),
        groupId: id.nullable().default(null),
        notes: optionalText(2000).default(''),
      })
      .strict(),
  ),
  'edges.retire': method<null>({ writes: true })(z.object({ id }).strict()),

  'bia.get': method<BiaDetail>()(processId),
  /** One cell, committed at once (workshop mode): severity null clears it. */
  'bia.rate': method<BiaDetail>({ writes: true })(
    z.object({ processId: id, categoryId: id, bucketId: id, severity: severity.nullable() }).strict(),
  ),
  /** A block pasted into the matrix. */
  'bia.rateMany': method<BiaDetail>({ writes: true })(
    z
      .object({
        processId: id,
        cells: z
          .array(z.object({ categoryId: id, bucketId: id, severity: severity.nullable() }).strict())
          .min(1)
          .max(10_000),
      })
      .strict(),
  ),
  'bia.setLoss': method<BiaDetail>({ writes: true })(
    z
      .object({
        processId: id,
        bucketId: id,
        amount: z.number().min(0, 'must not be negative').max(1e15).nullable(),
      })
      .strict(),
  ),
  'bia.update': method<BiaDetail>({ writes: true })(
    z
      .object({
        processId: id,
        wrtMinutes: nullableMinutes.optional(),
        dataLossToleranceMinutes: nullableMinutes.optional(),
        manualRtoMinutes: nullableMinutes.optional(),
        manualRpoMinutes: nullableMinutes.optional(),
        pinnedTierId: id.nullable().optional(),
        mbco: optionalText(2000).optional(),
        notes: optionalText(20_000).optional(),
        basedOn,
      })
      .strict(),
  ),
  /** Sign-off: draft → in review → approved; back to draft from review. */
  'bia.transition': method<BiaDetail>({ writes: true })(
    z.object({ processId: id, to: z.enum(['draft', 'in_review', 'approved']) }).strict(),
  ),
  'objectives.overview': method<ObjectivesOverview>()(empty),
} as const;
