// Segregation of duties by key: the person approving must not hold the key that wrote what they
// approve. Entries from before personal keys carry no signer; for those the typed name is all there
// is, and it is compared as before.
import { AppError } from '../../../../shared/contract';
import type { WriteContext } from '../../store';

export interface Writer {
  signer: string | null;
  name: string;
}

/** True when `w`'s person is one of `writers`: same key, or (for unsigned entries) the same name. */
export function isSamePerson(w: WriteContext, writers: readonly Writer[]): boolean {
  const mine = w.signer?.fingerprint;
  return writers.some((x) =>
    x.signer !== null && mine !== undefined ? x.signer === mine : x.name === w.actor.name,
  );
}

export function refuseOwnWork(w: WriteContext, writers: readonly Writer[], message: string): void {
  if (isSamePerson(w, writers)) throw new AppError('FORBIDDEN', `Segregation of duties: ${message}`);
}
