// Workshop packets in the data layer: a packet's own record, the master's record of each merge, the
// chain's row images folded over a range of entries (the merge's changesets), and the primitives
// that write a merge's rows and its imported entries. Generic over every audited table, so the SQL
// here is raw where a table is named at run time (drizzle's builder needs the table object).
import type { Statement } from 'better-sqlite3';
import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { AuditInput, AuditRecord } from '../audit-chain';
import type { Db } from '../db';
import { auditLog, importedAudit, packetMerge, workspacePacket } from '../schema';
import { IMAGES_FIELD } from '../state/capture';
import { BASELINE_ACTION } from '../state/replay';
import { AUDITED_TABLES, imageSql, quoteName, type AuditedTable } from '../state/tables';
import type { WriteContext, Written } from '../write';
import { scopeRefusal } from './scope';
import { checkImported, mergeCommitment } from './verify';

export type PacketRecord = typeof workspacePacket.$inferSelect;
export type PacketMergeRecord = typeof packetMerge.$inferSelect;
export type ImportedEntry = typeof importedAudit.$inferSelect;

/** A row's image as the chain holds it (null: absent), and the entry that last set it. */
export interface FoldedRow {
  image: Record<string, unknown> | null;
  seq: number;
}

/** "table\u0000key", as shared/domain/merge/plan.ts names rows. */
const rowKey = (table: string, key: string) => `${table}\u0000${key}`;

/** One foreign key: `column` of a row refers to the key of `parent`. */
export interface Reference {
  table: string;
  column: string;
  parent: string;
}

export function packetsStore(db: Db) {
  const sqlite = db.$client;
  const tables = new Map(AUDITED_TABLES.map((t) => [t.name, t]));
  const table = (name: string): AuditedTable => {
    const t = tables.get(name);
    if (!t) throw new Error(`Not an audited table: ${name}.`);
    return t;
  };
  /** Key text → the key columns' values (a composite key is a JSON array). */
  const keyValues = (t: AuditedTable, key: string): unknown[] =>
    t.key.length === 1 ? [key] : (JSON.parse(key) as unknown[]);

  // Row images of a range of entries, unpacked by SQLite (json_each) as the state check does.
  const imagesIn = sqlite.prepare(
    `SELECT a.seq, CASE WHEN a.action = '${BASELINE_ACTION}' THEN coalesce(a.after_json ->> '$.part', 1) = 1 ELSE 0 END, t.key, r.key, r.value
     FROM audit_log a, json_each(a.after_json, '$.${IMAGES_FIELD}') t, json_each(t.value) r
     WHERE a.seq > ? AND a.seq <= ? AND instr(a.after_json, '"${IMAGES_FIELD}":') > 0 AND json_valid(a.after_json)
       AND t.type = 'object' AND r.type IN ('object', 'null')`,
  );

  const live = new Map<string, Statement>();
  const liveStatement = (t: AuditedTable) => {
    let s = live.get(t.name);
    if (!s) {
      // By the key columns themselves, so the primary key's index answers (not a scan per row).
      const where = t.key.map((c) => `${quoteName(c)} = ?`).join(' AND ');
      s = sqlite.prepare(`SELECT ${imageSql(t)} FROM main.${quoteName(t.name)} WHERE ${where}`).pluck();
      live.set(t.name, s);
    }
    return s;
  };

  const statements = new Map<string, Statement>();
  const cached = (key: string, sql: () => string) => {
    let st = statements.get(key);
    if (!st) statements.set(key, (st = sqlite.prepare(sql())));
    return st;
  };

  return {
    /** This file's packet record, when it is a packet. */
    current: (): PacketRecord | undefined => db.select().from(workspacePacket).limit(1).get(),

    /** Marks this file as a packet of its master (the packet's first own entry, signed by its cutter). */
    cut(_w: WriteContext, rec: PacketRecord): Written<PacketRecord> {
      db.insert(workspacePacket).values(rec).run();
      return {
        value: rec,
        audit: [
          {
            action: 'packet.cut',
            entity: 'workspace',
            entityId: rec.masterId,
            after: {
              packet: rec.id,
              master: rec.masterName,
              base: { seq: rec.baseSeq, hash: rec.baseHash },
              scope: rec.scope,
              scopeNodes: rec.scopeNodeIds.length,
            },
          },
        ],
      };
    },

    /** Why these entries may not be written in this packet (outside its scope), or null. */
    outOfScope(entries: readonly AuditInput[]): string | null {
      const packet = db.select().from(workspacePacket).limit(1).get();
      if (!packet || packet.scopeNodeIds.length === 0) return null;
      const nodeAt = sqlite.prepare('SELECT name FROM node WHERE id = ? AND created_at <= ?');
      return scopeRefusal(
        packet,
        entries,
        (id) => (nodeAt.get(id, packet.cutAt) as { name: string } | undefined) ?? null,
      );
    },

    lastMerge: (packetId: string): PacketMergeRecord | undefined =>
      db.select().from(packetMerge).where(eq(packetMerge.packetId, packetId)).get(),

    entryAt: (seq: number): AuditRecord | undefined =>
      db.select().from(auditLog).where(eq(auditLog.seq, seq)).get(),

    /** Entries after `seq`, oldest first. */
    entriesAfter: (seq: number): AuditRecord[] =>
      db.select().from(auditLog).where(gt(auditLog.seq, seq)).orderBy(asc(auditLog.seq)).all(),

    /**
     * Every row the entries in (from, to] set, with its last image there and that entry's seq. A
     * baseline inside the range restarts its table: rows it leaves out read as absent.
     */
    fold(from: number, to = Number.MAX_SAFE_INTEGER, only?: ReadonlySet<string>): Map<string, FoldedRow> {
      const out = new Map<string, FoldedRow>();
      const restarted = new Map<string, number>();
      const rows = imagesIn.raw().iterate(from, to) as IterableIterator<
        [number, 0 | 1, string, string, string | null]
      >;
      for (const [seq, restart, tbl, key, image] of rows) {
        if (restart === 1 && restarted.get(tbl) !== seq) {
          restarted.set(tbl, seq);
          for (const [k, v] of out) if (k.startsWith(`${tbl}\u0000`)) out.set(k, { image: null, seq: v.seq });
        }
        const id = rowKey(tbl, key);
        if (only && !only.has(id)) continue;
        out.set(id, { image: image === null ? null : (JSON.parse(image) as Record<string, unknown>), seq });
      }
      return out;
    },

    /** The row as this file holds it now, or null. */
    liveRow(tableName: string, key: string): Record<string, unknown> | null {
      const t = tables.get(tableName);
      if (!t) return null;
      const text = liveStatement(t).get(...keyValues(t, key)) as string | undefined;
      return text === undefined ? null : (JSON.parse(text) as Record<string, unknown>);
    },

    /** Every single-column foreign key among the audited tables. */
    references(): Reference[] {
      const out: Reference[] = [];
      for (const t of AUDITED_TABLES) {
        // PRAGMA foreign_key_list has no drizzle form.
        const fks = sqlite.prepare(`PRAGMA foreign_key_list(${quoteName(t.name)})`).all() as {
          table: string;
          from: string;
        }[];
        for (const fk of fks) out.push({ table: t.name, column: fk.from, parent: fk.table });
      }
      return out;
    },

    /**
     * Writes merged rows (an image, or null to delete), recorded by `entry`: the capture triggers put
     * the rows as written into its row images, so the state check stays exact. Foreign keys are
     * checked at commit, as rows arrive in no particular order (an edge before its new node).
     */
    applyRows(
      _w: WriteContext,
      rows: readonly (readonly [string, string, Record<string, unknown> | null])[],
      entry: AuditInput,
    ): Written<number> {
      sqlite.pragma('defer_foreign_keys = ON');
      for (const [tableName, key, image] of rows) {
        const t = table(tableName);
        if (image === null) {
          const where = t.key.map((c) => `${quoteName(c)} = ?`).join(' AND ');
          cached(`delete ${t.name}`, () => `DELETE FROM main.${quoteName(t.name)} WHERE ${where}`).run(
            ...keyValues(t, key),
          );
          continue;
        }
        const cols = t.columns.filter((c) => c in image);
        const update = cols.filter((c) => !t.key.includes(c));
        // Raw: the table is chosen at run time; an upsert keeps the row's rowid and its references.
        cached(
          `upsert ${t.name} ${cols.join(',')}`,
          () =>
            `INSERT INTO main.${quoteName(t.name)} (${cols.map(quoteName).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})
             ON CONFLICT (${t.key.map(quoteName).join(', ')}) DO UPDATE SET ${update.map((c) => `${quoteName(c)} = excluded.${quoteName(c)}`).join(', ')}`,
        ).run(...cols.map((c) => image[c] ?? null));
      }
      return { value: rows.length, audit: [entry] };
    },

    /**
     * Records a merge: the packet's record in the master, its entries verbatim (for `audit verify`),
     * and the `workspace.merge` entry that commits to both heads.
     */
    recordMerge(
      _w: WriteContext,
      rec: PacketMergeRecord,
      imported: readonly AuditRecord[],
      entry: AuditInput,
    ): Written<null> {
      db.insert(packetMerge)
        .values(rec)
        .onConflictDoUpdate({ target: packetMerge.packetId, set: { ...rec, createdAt: undefined } })
        .run();
      const insert = sqlite.prepare(
        `INSERT OR IGNORE INTO imported_audit (packet_id, seq, at, actor_name, actor_role, action, entity, entity_id, before_json, after_json, prev_hash, hash, signer, signature)
         VALUES (@packetId, @seq, @at, @actorName, @actorRole, @action, @entity, @entityId, @beforeJson, @afterJson, @prevHash, @hash, @signer, @signature)`,
      );
      for (const e of imported) insert.run({ ...e, packetId: rec.packetId });
      return { value: null, audit: [entry] };
    },

    /**
     * Recomputes every merged packet's imported entries up to the head its merge entry committed to;
     * the first that fails, or null.
     */
    verifyImported(): { seq: number; reason: string } | null {
      const merges = db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'workspace.merge'))
        .orderBy(asc(auditLog.seq))
        .all();
      for (const m of merges) {
        const c = mergeCommitment(m.afterJson);
        if (!c) return { seq: m.seq, reason: `merge entry ${m.seq} does not name the packet head it merged` };
        const entries = db
          .select()
          .from(importedAudit)
          .where(
            and(
              eq(importedAudit.packetId, c.packet),
              gt(importedAudit.seq, c.from.seq),
              lte(importedAudit.seq, c.head.seq),
            ),
          )
          .orderBy(asc(importedAudit.seq))
          .all();
        const members = db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.entity, 'member'), lte(auditLog.seq, c.base.seq)))
          .orderBy(asc(auditLog.seq))
          .all();
        const reason = checkImported(m, c, entries, members);
        if (reason) return { seq: m.seq, reason };
      }
      return null;
    },
  };
}
