// "Awaiting your signature": the dashboard's waiting items that the person working now may sign,
// leaving out their own work (the author's or last editor's signature never counts) and releases
// they approved already. The backend checks again when they sign; this list only points the way.
import type { DashboardView } from '../../../../shared/contract';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { href } from '../../routing/navigate';
import type { AreaId } from '../../routing/route';
import { maySign } from './may-sign';

const RECORD_AREA = { bia: 'bia', runbook: 'runbooks', release: 'releases' } as const satisfies Record<
  string,
  AreaId
>;
const KIND_TEXT = { bia: 'BIA', runbook: 'Runbook', release: 'Release' } as const;

export function AwaitingYouCard({ signatures }: Pick<DashboardView, 'signatures'>) {
  const who = useApi(async () => {
    const [profile, members] = await Promise.all([api['profile.get']({}), api['members.list']({})]);
    const member = members.find((m) => m.you);
    return { profile, active: member !== undefined && member.retiredAt === null };
  }, []);
  const me = who.data?.profile;
  const items = me
    ? signatures.flatMap((g) =>
        g.items.filter((i) => maySign(i, me)).map((i) => ({ ...i, kind: g.kind as keyof typeof KIND_TEXT })),
      )
    : [];
  return (
    <section className="card dash-card dash-card-wide" aria-labelledby="dash-awaiting-you">
      <h2 id="dash-awaiting-you">Awaiting your signature</h2>
      {who.data && !who.data.active ? (
        <p className="muted">
          You are not an active member of this workspace, so nothing here can take your signature.
        </p>
      ) : items.length === 0 ? (
        <p className="muted">Nothing awaits your signature.</p>
      ) : (
        <ul className="dash-items" aria-label="Awaiting your signature">
          {items.map((i) => (
            <li key={`${i.kind}:${i.id}`}>
              <span className="muted small">{KIND_TEXT[i.kind]} · </span>
              <a href={href({ area: RECORD_AREA[i.kind], id: i.id })}>{i.name}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
