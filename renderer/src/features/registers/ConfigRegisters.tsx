// The registers a BIA rates against: impact categories, time buckets and recovery tiers.
import type { BucketView, CategoryView, Registers } from '../../../../shared/contract';
import type { Tier } from '../../../../shared/domain/model';
import { api } from '../../api/client';
import { bucketColumns, categoryColumns, tierColumns } from './config-columns';
import { EditableGrid } from './EditableGrid';

function uniqueName(base: string, taken: string[]): string {
  const set = new Set(taken.map((t) => t.toLowerCase()));
  let name = base;
  for (let i = 2; set.has(name.toLowerCase()); i++) name = `${base} ${i}`;
  return name;
}

export function CategoriesRegister({ registers }: { registers: Registers | undefined }) {
  return (
    <EditableGrid<CategoryView>
      noun="impact categories"
      rows={registers?.categories}
      columns={categoryColumns}
      save={(r) => api['categories.save']({ id: r.id, name: r.name, position: r.position })}
      retire={(r) => api['categories.retire']({ id: r.id })}
      describe={(r) => r.name}
      add={async () =>
        (
          await api['categories.save']({
            name: uniqueName('New category', registers?.categories.map((c) => c.name) ?? []),
          })
        ).id
      }
      addLabel="Add category"
      firstField="name"
      height={360}
    />
  );
}

export function BucketsRegister({ registers }: { registers: Registers | undefined }) {
  return (
    <EditableGrid<BucketView>
      noun="time buckets"
      rows={registers?.buckets}
      columns={bucketColumns}
      save={(r) => api['buckets.save']({ id: r.id, label: r.label, minutes: r.minutes })}
      retire={(r) => api['buckets.retire']({ id: r.id })}
      describe={(r) => r.label}
      add={async () => {
        const last = Math.max(0, ...(registers?.buckets.map((b) => b.minutes) ?? []));
        const label = uniqueName('New bucket', registers?.buckets.map((b) => b.label) ?? []);
        return (await api['buckets.save']({ label, minutes: Math.min(525_600, last + 1440) })).id;
      }}
      addLabel="Add time bucket"
      firstField="label"
      height={360}
    />
  );
}

export function TiersRegister({ registers }: { registers: Registers | undefined }) {
  return (
    <EditableGrid<Tier>
      noun="tiers"
      rows={registers?.tiers}
      columns={tierColumns}
      save={(r) =>
        api['tiers.save']({
          id: r.id,
          name: r.name,
          rank: r.rank,
          rtoMinutes: r.rtoMinutes,
          rpoMinutes: r.rpoMinutes,
          testFrequencyDays: r.testFrequencyDays,
          description: r.description ?? '',
        })
      }
      retire={(r) => api['tiers.retire']({ id: r.id })}
      describe={(r) => r.name}
      add={async () => {
        const tiers = registers?.tiers ?? [];
        const rank = Math.min(20, Math.max(-1, ...tiers.map((t) => t.rank)) + 1);
        const rto = Math.min(525_600, Math.max(60, ...tiers.map((t) => t.rtoMinutes)) * 2);
        return (
          await api['tiers.save']({
            name: uniqueName(
              `Tier ${rank}`,
              tiers.map((t) => t.name),
            ),
            rank,
            rtoMinutes: rto,
            rpoMinutes: 1440,
            testFrequencyDays: 365,
          })
        ).id;
      }}
      addLabel="Add tier"
      firstField="name"
      height={300}
    />
  );
}
