// Transitional: a store over a raw connection, for callers outside the store that still hold one
// (reports/source-continuity.ts, through the raw-db read exports of domains/runbooks and
// domains/drtests). It goes when they read through ws.store.
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Sqlite } from './db';
import { createStore, type Store } from '.';
import * as schema from './schema';

// One store per connection, so its prepared queries are built once, not on every call.
const stores = new WeakMap<Sqlite, Store>();

export function storeOver(sqlite: Sqlite): Store {
  let store = stores.get(sqlite);
  if (!store) stores.set(sqlite, (store = createStore(drizzle(sqlite, { schema }))));
  return store;
}
