// `steadfast packet` and `steadfast merge` in-process: exit 0 merged, 1 conflicts left (nothing
// written), 2 an error; --dry-run, --json, --take and --choices.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { packetFixture } from '../fixtures/packets';
import { TEST_PASSPHRASE } from '../fixtures/session';

let f: Awaited<ReturnType<typeof packetFixture>>;
afterEach(() => f.cleanup());

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const env = { STEADFAST_DATA_DIR: join(f.dir, 'data'), STEADFAST_PASSPHRASE: TEST_PASSPHRASE };
  const code = await runCli([...argv, '--as', 'Ana Souza'], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('steadfast packet / merge', () => {
  it('cuts a scoped packet, reports conflicts with exit 1 writing nothing, then merges with --choices', async () => {
    f = await packetFixture();
    const a = f.node(f.master, f.ana, { name: 'Payroll', department: 'HR' });
    f.node(f.master, f.ana, { name: 'Billing', department: 'Finance' });
    const master = f.file('master.steadfast');
    const packetFile = f.file('hr.steadfast');
    f.master.close();
    const cut = await cli('packet', master, '--out', packetFile, '--departments', 'HR');
    expect(cut.err).toBe('');
    expect(cut).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Cut packet .* scope departments HR \(1 nodes/),
    });
    expect(await cli('packet', master, '--out', packetFile)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/already exists/),
    });
    expect(
      await cli('packet', master, '--out', f.file('x.steadfast'), '--departments', 'Legal'),
    ).toMatchObject({
      code: 2,
      err: expect.stringMatching(/No live process in the department Legal/),
    });

    const packet = await f.reopen('hr.steadfast');
    f.edit(packet, f.ana, a, { description: 'packet' });
    packet.close();
    const m = await f.reopen('master.steadfast');
    f.edit(m, f.ana, a, { description: 'master' });
    const head = m.chainHead();
    m.close();

    const dry = await cli('merge', master, packetFile, '--dry-run', '--json');
    expect(dry.code).toBe(1);
    const review = JSON.parse(dry.out) as { conflicts: { id: string; field: string }[]; open: number };
    expect(review.conflicts.map((c) => c.field)).toEqual(['description']);
    const left = await cli('merge', master, packetFile);
    expect(left).toMatchObject({ code: 1, err: expect.stringMatching(/1 conflict need a choice/) });
    const again = await f.reopen('master.steadfast');
    expect(again.chainHead()).toEqual(head);
    again.close();

    const choices = f.file('choices.json');
    writeFileSync(choices, JSON.stringify({ [review.conflicts[0]!.id]: 'packet' }));
    expect(await cli('merge', master, packetFile, '--choices', choices)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/Merged: 1 rows, 1 conflicts resolved/),
    });
    expect(await cli('merge', master, packetFile)).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Nothing to merge/),
    });
    expect(await cli('audit', 'verify', master)).toMatchObject({ code: 0 });
    expect(await cli('audit', 'verify', packetFile)).toMatchObject({ code: 0 });
    writeFileSync(choices, JSON.stringify({ nope: 'maybe' }));
    expect(await cli('merge', master, packetFile, '--choices', choices)).toMatchObject({ code: 2 });
  });

  it('returns an approved BIA the packet changed to draft, and refuses a packet that adds a member', async () => {
    f = await packetFixture();
    const a = f.node(f.master, f.ana, { name: 'Payroll' });
    const rec = f.master.store.bia.record(a);
    const w = f.as(f.ana);
    f.master.write(w, (s) => s.bia.setStatus(w, rec, 'approved'));
    f.master.close();
    const master = f.file('master.steadfast');
    expect((await cli('packet', master, '--out', f.file('p.steadfast'))).code).toBe(0);
    const packet = await f.reopen('p.steadfast');
    const w2 = f.as(f.ana);
    packet.write(w2, (s) => s.bia.update(w2, a, { mbco: '50% of payslips' }));
    packet.close();
    const merged = await cli('merge', master, f.file('p.steadfast'));
    expect(merged).toMatchObject({ code: 0, out: expect.stringMatching(/back to draft: BIA of Payroll/) });
    const m = await f.reopen('master.steadfast');
    expect(m.store.bia.record(a)).toMatchObject({ status: 'draft', mbco: '50% of payslips' });
    expect(m.store.audit.list(10, 0).entries.find((e) => e.action === 'bia.reopen')?.after).toMatchObject({
      reason: expect.stringMatching(/changed by the workshop packet cut by Ana Souza/),
    });
    m.close();

    expect((await cli('packet', master, '--out', f.file('q.steadfast'))).code).toBe(0);
    const q = await f.reopen('q.steadfast');
    const zoe = f.person('Zoe Park');
    const w3 = f.as(f.ana);
    q.write(w3, (s) =>
      s.members.add(
        w3,
        { fingerprint: zoe.fingerprint, name: zoe.name, role: zoe.role, publicKeyPem: zoe.publicKeyPem },
        f.ana.fingerprint,
      ),
    );
    q.close();
    expect(await cli('merge', master, f.file('q.steadfast'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/The packet changes the roster at its entry \d+ \(member.add/),
    });
  });
});
