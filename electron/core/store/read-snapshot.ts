// A read-only connection of its own, holding one read transaction, for the open-time check: in WAL
// mode it sees the file as it was when the check began, however many writes the app's connection
// commits meanwhile, so the chain walk and the state check compare one consistent state. Its
// statements can stay open while the check yields to other requests (the app's connection would
// refuse any other statement while one of its iterators is open).
import Database from 'better-sqlite3';
import { walkSteps } from './audit/chain-walk';
import { checkSteps } from './state';

export function openReadSnapshot(path: string) {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true, timeout: 2000 });
  try {
    sqlite.prepare('BEGIN').run();
    // A deferred transaction takes its snapshot at its first read.
    sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get();
  } catch (err) {
    sqlite.close();
    throw err;
  }
  return {
    walkSteps: () => walkSteps(sqlite),
    checkSteps: (limit?: number) => checkSteps(sqlite, limit),
    close(): void {
      if (sqlite.open) sqlite.close();
    },
  };
}
