/**
 * Errors the encryption middleware raises inside Dexie requests; classifyWriteError
 * (../write-errors.ts) turns them into the WriteError kinds `locked` and `damaged` by name, so they
 * reach the UI as results like every other store failure.
 */

/** The store is encrypted and nobody has unlocked it (no login yet, or signed out). */
export class StoreLockedError extends Error {
  override readonly name = 'StoreLockedError';
  constructor(table: string) {
    super(`the study database is locked: log in to read or write ${table}`);
  }
}

/**
 * A sealed row failed to open: its ciphertext, nonce or place (table, key) was altered, or it was
 * written under another data key, or a plain row appeared in an encrypted store. Never shown as data.
 */
export class SealedRowError extends Error {
  override readonly name = 'SealedRowError';
  constructor(
    readonly table: string,
    readonly primaryKey: unknown,
    reason: string,
  ) {
    super(`the stored row ${JSON.stringify(primaryKey)} of ${table} cannot be opened: ${reason}`);
  }
}
