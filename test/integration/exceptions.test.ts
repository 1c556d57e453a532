// The exceptions register end to end through the router: raise for a reported conflict, accept as a
// signed sign-off by someone else, see the conflict marked accepted in Objectives and the gate, and
// re-opened when the clock passes the expiry. Bad input writes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openZip } from '../../electron/core/zip/read';
import type {
  AuditEntryView,
  EvidenceJobStatus,
  ExceptionView,
  ExceptionsView,
  GateView,
  NodeView,
  ObjectivesOverview,
  SignoffView,
} from '../../shared/contract';
import type { Clock } from '../../electron/core/app/context';
import { tempDir, testSession } from '../fixtures/session';
import { saveRelease } from '../fixtures/releases';

/** A clock the test can move forward by days; each reading still advances a minute. */
class SettableClock implements Clock {
  t = Date.parse('2026-03-02T09:00:00.000Z');
  now(): Date {
    this.t += 60_000;
    return new Date(this.t);
  }
}

let dir: ReturnType<typeof tempDir>;
let clock: SettableClock;
let t: ReturnType<typeof testSession>;
let p: NodeView;
let app: NodeView;

beforeEach(async () => {
  dir = tempDir();
  clock = new SettableClock();
  t = testSession(dir.path, clock);
  await t.as('Ana Souza', 'BCM analyst');
  await t.call('workspace.create', { name: 'Exceptions' });
  // Freight booking: MTD 240, WRT 60 → RTO 180; its platform's own target is 300 (an inversion),
  // and the platform takes 200 to restore (achievable 260: a recovery gap).
  p = await t.call<NodeView>('nodes.save', { kind: 'process', name: 'Freight booking', restoreMinutes: 60 });
  app = await t.call<NodeView>('nodes.save', {
    kind: 'application',
    name: 'Booking platform',
    restoreMinutes: 200,
    rtoMinutes: 300,
  });
  await t.call('edges.save', { consumerId: p.id, providerId: app.id });
  await t.call('bia.rate', { processId: p.id, categoryId: 'operational', bucketId: '4h', severity: 3 });
  await t.call('bia.update', { processId: p.id, wrtMinutes: 60 });
});
afterEach(() => {
  t.session.replaceWorkspace(null);
  dir.cleanup();
});

const draft = (key: string) => ({
  conflictKey: key,
  rationale: 'The platform moves to the new cluster in Q3; until then the gap is known and watched.',
  compensatingControls: 'Manual booking by phone; daily restore rehearsal.',
  owner: 'Head of Freight',
  expiresOn: '2026-04-30',
});

async function auditLength(): Promise<number> {
  return (await t.call<AuditEntryView[]>('audit.list', {})).length;
}

describe('the exceptions register', () => {
  it('lists every reported conflict with its stable key', async () => {
    const v = await t.call<ExceptionsView>('exceptions.list');
    expect(v.conflicts.map((c) => c.key).sort()).toEqual(
      // The process (tier derived from its RTO) has never passed a DR test either.
      [`cannot-meet-rto:${p.id}`, `dr-test-overdue:${p.id}`, `rto-inversion:${p.id}>${app.id}`].sort(),
    );
    expect(v.exceptions).toEqual([]);
  });

  it('refuses no owner, a past expiry and a conflict that does not exist, writing nothing', async () => {
    const key = `cannot-meet-rto:${p.id}`;
    const before = await auditLength();
    await expect(t.call('exceptions.raise', { ...draft(key), owner: '' })).rejects.toThrow(
      'INVALID_INPUT: An exception needs the business owner who accepts the risk.',
    );
    await expect(t.call('exceptions.raise', { ...draft(key), expiresOn: '2026-03-01' })).rejects.toThrow(
      /INVALID_INPUT: The expiry 2026-03-01 is not in the future/,
    );
    await expect(t.call('exceptions.raise', draft('cannot-meet-rto:no-such-node'))).rejects.toThrow(
      /INVALID_INPUT: No current conflict has the key "cannot-meet-rto:no-such-node"/,
    );
    expect(await auditLength()).toBe(before);
    expect((await t.call<ExceptionsView>('exceptions.list')).exceptions).toEqual([]);
  });

  it('is accepted as a signed sign-off, never by whoever raised it', async () => {
    const raised = await t.call<ExceptionView>('exceptions.raise', draft(`cannot-meet-rto:${p.id}`));
    expect(raised).toMatchObject({ status: 'proposed', raisedBy: 'Ana Souza', conflictOpen: true });
    const before = await auditLength();
    await expect(t.call('exceptions.accept', { exceptionId: raised.id })).rejects.toThrow(
      'FORBIDDEN: Segregation of duties: whoever raised an exception cannot accept it.',
    );
    expect(await auditLength()).toBe(before);

    await t.as('Bea Lima', 'Head of Freight');
    const accepted = await t.call<ExceptionView>('exceptions.accept', { exceptionId: raised.id });
    expect(accepted).toMatchObject({ status: 'accepted', acceptedBy: 'Bea Lima', signatureValid: true });
    const signoffs = await t.call<SignoffView[]>('signoffs.list', {
      entity: 'exception',
      entityId: raised.id,
    });
    expect(signoffs.map((s) => [s.kind, s.signerName, s.valid])).toEqual([
      ['exception.accept', 'Bea Lima', true],
    ]);
    await expect(t.call('exceptions.accept', { exceptionId: raised.id })).rejects.toThrow(/is accepted/);
  });

  it('shows as accepted in Objectives and the gate, and re-opens by itself after its expiry', async () => {
    const key = `rto-inversion:${p.id}>${app.id}`;
    const release = await saveRelease(t, {
      nodeIds: [app.id],
      start: '2026-05-10T08:00:00Z',
      end: '2026-05-10T09:00:00Z',
    });
    const inversionCheck = async () =>
      (await t.call<GateView>('gate.evaluate', { releaseId: release.id })).checks.find(
        (c) => c.id === 'rto-inversions',
      )!;
    expect((await inversionCheck()).status).toBe('fail');

    const raised = await t.call<ExceptionView>('exceptions.raise', draft(key));
    await t.as('Bea Lima', 'Head of Freight');
    await t.call('exceptions.accept', { exceptionId: raised.id });

    const conflict = async () =>
      (await t.call<ObjectivesOverview>('objectives.overview')).conflicts.find((c) => c.key === key)!;
    expect((await conflict()).acceptance).toMatchObject({
      status: 'accepted',
      owner: 'Head of Freight',
      expiresOn: '2026-04-30',
      acceptedBy: 'Bea Lima',
    });
    const accepted = await inversionCheck();
    expect(accepted.status).toBe('pass');
    expect(accepted.reason).toContain('accepted as exception by Head of Freight until 2026-04-30');

    // Two months on, nothing written: the acceptance has lapsed and the conflict is open again.
    const head = await auditLength();
    clock.t = Date.parse('2026-05-01T09:00:00.000Z');
    expect((await conflict()).acceptance?.status).toBe('expired');
    expect((await inversionCheck()).status).toBe('fail');
    const list = await t.call<ExceptionsView>('exceptions.list');
    expect(list.exceptions.map((e) => e.status)).toEqual(['expired']);
    expect(await auditLength()).toBe(head);
  });

  it('goes into the evidence pack with who accepted it, until when and its status that day', async () => {
    const raised = await t.call<ExceptionView>('exceptions.raise', draft(`cannot-meet-rto:${p.id}`));
    await t.as('Bea Lima', 'Head of Freight');
    await t.call('exceptions.accept', { exceptionId: raised.id });
    clock.t = Date.parse('2026-05-02T09:00:00.000Z');
    const { jobId } = await t.call<{ jobId: string }>('evidence.start', {
      scope: { kind: 'workspace' },
      pdf: false,
      xlsx: true,
    });
    let status: EvidenceJobStatus;
    do {
      await new Promise((r) => setTimeout(r, 20));
      status = await t.call<EvidenceJobStatus>('evidence.status', { jobId });
    } while (!status.done);
    expect(status.error).toBeUndefined();
    const zipPath = join(dir.path, status.delivery!.kind === 'saved' ? status.delivery!.fileName : '');
    const zip = await openZip(readFileSync(zipPath));
    let xlsx: Buffer | undefined;
    for await (const entry of zip.eachEntry())
      if (entry.fileName.endsWith('.xlsx')) xlsx = await buffer(await zip.openReadStreamPromise(entry));
    zip.close();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx! as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Exceptions')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (h: string) => row[header.indexOf(h)];
    expect(sheet.rowCount).toBe(2);
    expect([
      cell('Business owner'),
      cell('Accepted by'),
      cell('Expires on'),
      cell('Status'),
      cell('Signature'),
    ]).toEqual(['Head of Freight', 'Bea Lima', '2026-04-30', 'expired', 'verifies']);
  });
});

describe('pre-mortems', () => {
  const mode = {
    description: 'Bookings fail after the switch-over',
    likelihood: 'medium',
    impact: 'high',
    detection: 'Booking API 5xx alert',
    mitigation: 'Blue-green with the old stack warm',
    trigger: { metric: 'error-rate', name: 'booking 5xx rate', comparator: 'above', threshold: 2, unit: '%' },
  } as const;

  it('records failure modes with their rollback triggers, and refuses bad ones writing nothing', async () => {
    const release = await saveRelease(t, {
      nodeIds: [app.id],
      start: '2026-05-10T08:00:00Z',
      end: '2026-05-10T09:00:00Z',
    });
    const before = await auditLength();
    await expect(t.call('premortem.addMode', { ...mode, releaseId: 'no-such-release' })).rejects.toThrow(
      /NOT_FOUND: That release does not exist/,
    );
    await expect(
      t.call('premortem.addMode', { ...mode, releaseId: release.id, detection: '' }),
    ).rejects.toThrow('INVALID_INPUT: A failure mode needs the way it would be detected.');
    await expect(
      t.call('premortem.addMode', {
        ...mode,
        releaseId: release.id,
        trigger: { ...mode.trigger, threshold: 150 },
      }),
    ).rejects.toThrow('INVALID_INPUT: An error-rate trigger is a percentage between 0 and 100.');
    expect(await auditLength()).toBe(before);

    const added = await t.call<{ triggerText: string }>('premortem.addMode', {
      ...mode,
      releaseId: release.id,
    });
    expect(added.triggerText).toBe('roll back when booking 5xx rate is above 2 %');
    const pm = await t.call<{ modes: unknown[]; riskLevel: string }>('premortem.get', {
      releaseId: release.id,
    });
    expect(pm.modes).toHaveLength(1);
    const gate = await t.call<GateView>('gate.evaluate', { releaseId: release.id });
    expect(gate.checks.find((c) => c.id === 'premortem')!.reason).toContain('1 failure mode');
  });
});
