// Repeating windows through the API: a weekly 02:00 London window still admits a 02:00 London
// release after the clocks change, a repeating freeze blocks a release in a later occurrence, an
// invalid rule is refused with the reason and writes nothing, and the calendar reads in the
// workspace's time zone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditPage, CalendarView, WorkspaceSummary } from '../../shared/contract';
import { releaseWorld, saveRelease, type ReleaseWorld } from '../fixtures/releases';
import { tempDir, testSession } from '../fixtures/session';

let dir: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testSession>;
let w: ReleaseWorld;

beforeEach(async () => {
  dir = tempDir();
  t = testSession(dir.path);
  w = await releaseWorld(t);
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

const calendar = (from: string, to: string) => t.call<CalendarView>('calendar.get', { from, to });
const kinds = (c: CalendarView, id: string) =>
  c.conflicts.filter((x) => x.releaseId === id).map((x) => `${x.kind}:${x.status}`);
const auditCount = async () => (await t.call<AuditPage>('audit.list', {})).total;

describe('repeating windows', () => {
  it('a weekly 02:00 Europe/London window follows local time across the October change', async () => {
    await t.call('calendar.saveMaintenance', {
      nodeId: w.web,
      name: 'Sunday night',
      start: '2026-10-18T01:00:00Z',
      end: '2026-10-18T03:00:00Z',
      recurrence: 'DTSTART;TZID=Europe/London:20261018T020000\nRRULE:FREQ=WEEKLY;BYDAY=SU',
    });
    // 1 Nov 2026 02:00 GMT = 02:00 UTC. Under the old UTC repetition the window sat at 01:00–03:00 UTC
    // and this 02:30–03:30 release was outside it.
    const after = await saveRelease(t, {
      nodeIds: [w.web],
      start: '2026-11-01T02:30:00Z',
      end: '2026-11-01T03:30:00Z',
    });
    const cal = await calendar('2026-10-15T00:00:00Z', '2026-11-10T00:00:00Z');
    expect(kinds(cal, after.id)).toEqual([]);
    expect(cal.occurrences.map((o) => o.start)).toEqual([
      '2026-10-18T01:00:00.000Z',
      '2026-10-25T02:00:00.000Z',
      '2026-11-01T02:00:00.000Z',
      '2026-11-08T02:00:00.000Z',
    ]);
  });

  it('a monthly freeze on the second Tuesday blocks a release in a later month', async () => {
    await t.call('calendar.saveFreeze', {
      name: 'Patch Tuesday',
      start: '2026-01-13T09:00:00Z',
      end: '2026-01-13T17:00:00Z',
      scope: { kind: 'everything' },
      recurrence: 'DTSTART:20260113T090000Z\nRRULE:FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2',
    });
    const march = await saveRelease(t, {
      nodeIds: [w.api],
      start: '2026-03-10T10:00:00Z',
      end: '2026-03-10T11:00:00Z',
    });
    const cal = await calendar('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z');
    expect(kinds(cal, march.id)).toEqual(['freeze:conflict']);
    expect(cal.freezeOccurrences.map((o) => o.start)).toEqual(['2026-03-10T09:00:00.000Z']);
    expect(cal.freezes.map((f) => f.name)).toEqual(['Patch Tuesday']);
  });

  it('refuses an invalid rule with the reason, and writes nothing', async () => {
    const before = await auditCount();
    await expect(
      t.call('calendar.saveMaintenance', {
        nodeId: w.web,
        start: '2026-03-03T22:00:00Z',
        end: '2026-03-04T02:00:00Z',
        recurrence: 'RRULE:FREQ=WEEKLY;BYDAY=XX',
      }),
    ).rejects.toThrow(/not valid RFC 5545: .*BYDAY/);
    await expect(
      t.call('calendar.saveFreeze', {
        name: 'Every hour',
        start: '2026-03-03T22:00:00Z',
        end: '2026-03-03T22:30:00Z',
        scope: { kind: 'everything' },
        recurrence: 'FREQ=HOURLY',
      }),
    ).rejects.toThrow(/FREQ=HOURLY is not allowed/);
    expect(await auditCount()).toBe(before);
  });

  it('keeps the workspace time zone, refusing one that is not IANA', async () => {
    const cal = await calendar('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z');
    expect(cal.timeZone).toBe('UTC');
    await expect(t.call('workspace.update', { timeZone: 'Mars/Base' })).rejects.toThrow(/IANA time zone/);
    const ws = await t.call<WorkspaceSummary>('workspace.update', { timeZone: 'Europe/London' });
    expect(ws.timeZone).toBe('Europe/London');
    expect((await calendar('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')).timeZone).toBe('Europe/London');
  });
});
