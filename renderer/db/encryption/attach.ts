import type { CrfDatabase, MetaRow } from '../database';
import { initialEncryptionState, type EncryptionState } from './encryption-state';
import { encryptionMiddleware } from './middleware';

const states = new WeakMap<CrfDatabase, EncryptionState>();

/**
 * Installs the encryption middleware on a database before it opens (Dexie builds its middleware
 * stack at open). Until the marker is known the store behaves as plain, which is also what a store
 * without the marker does for ever: openStore reads the marker before it hands the store out.
 */
export function attachEncryption(db: CrfDatabase): EncryptionState {
  const state = initialEncryptionState();
  states.set(db, state);
  db.use(encryptionMiddleware(state));
  return state;
}

/** Called by openStore with the `meta` row `encryption` (undefined: a plain store). */
export function applyEncryptionMarker(db: CrfDatabase, row: MetaRow | undefined): void {
  const state = encryptionStateOf(db);
  state.mode = row?.key === 'encryption' ? { kind: 'locked', marker: row } : { kind: 'plain' };
}

export function encryptionStateOf(db: CrfDatabase): EncryptionState {
  const state = states.get(db);
  if (state === undefined) throw new Error('this database was not opened by openStore: it has no encryption layer');
  return state;
}
