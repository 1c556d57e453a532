// Row images are rendered to canonical JSON once, where they are captured (state/capture.ts), and
// spliced into the entry's text. The stored after_json, and so every hash, must be byte for byte what
// the old way wrote: each image parsed into an object and the whole `after` canonicalised.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../electron/core/store/canonical-json';
import {
  IMAGES_FIELD,
  renderImages,
  type ImageTexts,
  type RowImages,
} from '../../electron/core/store/state/capture';
import {
  AUDITED_TABLES,
  imageSql,
  keySql,
  quoteName,
  sortedImageSql,
  type AuditedTable,
} from '../../electron/core/store/state/tables';
import { entryHash, type AuditEntry } from '../../electron/core/store/audit-chain';
import { openWorkspaceFile } from '../../electron/core/store/open-file';
import { tempDir } from '../fixtures/session';

/** Both renderings of the same rows: the old (parsed objects) and the new (captured texts). */
function bothWays(db: Database.Database, tables: readonly AuditedTable[]) {
  const objects: RowImages = {};
  const texts: ImageTexts = new Map();
  for (const t of tables) {
    const from = `FROM main.${quoteName(t.name)}`;
    for (const [k, image] of db
      .prepare(`SELECT ${keySql(t)}, ${imageSql(t)} ${from}`)
      .raw()
      .all() as [string, string][])
      (objects[t.name] ??= {})[k] = JSON.parse(image) as Record<string, unknown>;
    const rows = db
      .prepare(`SELECT ${keySql(t)}, ${sortedImageSql(t)} ${from}`)
      .raw()
      .all() as [string, string][];
    if (rows.length > 0) texts.set(t.name, new Map(rows));
  }
  const after = { note: 'x', [IMAGES_FIELD]: objects };
  return { old: canonicalJson(after), now: canonicalJson({ ...after, [IMAGES_FIELD]: renderImages(texts) }) };
}

const entry = (afterJson: string): AuditEntry => ({
  seq: 7,
  at: '2026-12-07T00:00:00.000Z',
  actorName: 'A',
  actorRole: 'R',
  action: 'x.save',
  entity: 'x',
  entityId: '1',
  beforeJson: null,
  afterJson,
  signer: 'SHA256:abc',
});

describe('row images rendered once', () => {
  it('writes the same text as canonicalising parsed images, for values where SQLite and JSON differ', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE "odd" (id TEXT PRIMARY KEY, zeta REAL, alpha TEXT, mid INTEGER, "B" TEXT)');
    const insert = db.prepare('INSERT INTO odd VALUES (?, ?, ?, ?, ?)');
    const values: [string, number | null, string | null, number | bigint | null, string | null][] = [
      ['1', 90, 'plain', 1, null],
      ['10', 0.1, 'quote " and \\ backslash / slash', -1, 'é ü 中 😀'],
      ['2', 1e21, 'control \u0001 \b \f \n \r \t \u001f', 2 ** 53, '\u2028\u2029'],
      ['a', 1.5e-7, '', 9007199254740993n, '</script>'],
      ['__x', -0, '{"not":"json"}', 0, '[1,2]'],
      ['Z', 123456789.12345679, null, null, null],
      ['b', 0.30000000000000004, 'x', 1, 'y'],
      ['c', null, 'ref:12345678901234567 and x:1.5e3', 1234567890123456, 'del \u007f nbsp \u00a0 bom \ufeff'],
      ['d', null, '', -9007199254740993n, 'null'],
      ['e', null, 'tab\tafter', 123456789012345, '"quoted":1.0'],
      // Copied as SQLite wrote it (no number of its own kind): its escapes must be JSON.stringify's.
      ['f', null, 'control \u0001 \b \n \u001f \u007f', 42, 'é 😀 \\ " / \u2028'],
    ];
    db.defaultSafeIntegers(false);
    for (const v of values) insert.run(...v);
    const odd: AuditedTable = {
      name: 'odd',
      columns: ['id', 'zeta', 'alpha', 'mid', 'B'],
      key: ['id'],
      defaults: {},
    };
    const { old, now } = bothWays(db, [odd]);
    expect(now).toBe(old);
    expect(entryHash('0'.repeat(64), entry(now))).toBe(entryHash('0'.repeat(64), entry(old)));
    db.close();
  });

  it('writes the same text for every audited table of a new workspace (the seeded registers)', async () => {
    const dir = tempDir();
    try {
      const opened = await openWorkspaceFile(`${dir.path}/w.steadfast`, {
        create: true,
        now: new Date('2026-12-07T00:00:00Z'),
      });
      const { old, now } = bothWays(opened.db, AUDITED_TABLES);
      expect(now.length).toBeGreaterThan(100);
      expect(now).toBe(old);
      opened.db.close();
    } finally {
      dir.cleanup();
    }
  });
});
