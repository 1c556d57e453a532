// TRANSITIONAL. Code that still holds the raw connection (services not yet moved to the store) may
// pass it where a Store is wanted; this gives the store over that connection. Delete this file when
// no caller passes `ws.db` any more.
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { createStore, type Store } from '.';
import type { Sqlite } from './db';
import * as schema from './schema';

/** The raw SQLite connection, as services not yet converted still pass it. */
export type LegacyConnection = Sqlite;

const stores = new WeakMap<Sqlite, Store>();

/** The store itself, or the store over a raw connection (made once per connection). */
export function asStore(source: Store | LegacyConnection): Store {
  if (!('prepare' in source)) return source;
  let store = stores.get(source);
  if (!store) stores.set(source, (store = createStore(drizzle(source, { schema }))));
  return store;
}
