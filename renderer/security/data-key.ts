import { randomBytes } from './bytes';

/** AES-256: the length the store's encryption (renderer/db/encryption, DATA_KEY_BYTES) expects. */
export const DATA_KEY_BYTES = 32;

/** A fresh 256-bit data key: made once at site setup, kept only wrapped in the store and unwrapped in memory. */
export function newDataKey(): Uint8Array {
  return randomBytes(DATA_KEY_BYTES);
}
