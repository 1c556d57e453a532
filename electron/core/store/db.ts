// The connection types of the data layer. Only electron/core/store sees them: everything above the
// store talks to the `Store` interface (store/index.ts), which names no database engine.
import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';

/** The raw connection, for the few statements drizzle cannot express (each says why beside it). */
export type Sqlite = Database.Database;

/** drizzle over the workspace's SQLite connection, typed by the schema; `$client` is the raw one. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Sqlite };
