import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The length of the data key the accounts module creates at site setup (AES-256). */
export const DATA_KEY_BYTES = 32;

/**
 * The keys the store uses, each derived from the one data key with HKDF-SHA-256 under its own label,
 * so a key never serves two purposes: the row key encrypts, the index key computes blind indexes,
 * and the check value (public, kept in the store's marker) tells a wrong data key from the right one
 * without decrypting anything.
 */
export interface StoreKeys {
  readonly rowKey: Uint8Array;
  readonly indexKey: Uint8Array;
  readonly keyCheck: string;
}

const derive = (dataKey: Uint8Array, label: string, length: number): Uint8Array =>
  hkdf(sha256, dataKey, undefined, utf8ToBytes(`bedside-ecrf/store/${label}/v1`), length);

export function deriveStoreKeys(dataKey: Uint8Array): StoreKeys {
  return {
    rowKey: derive(dataKey, 'rows', 32),
    indexKey: derive(dataKey, 'blind-index', 32),
    keyCheck: bytesToHex(derive(dataKey, 'key-check', 16)),
  };
}

/**
 * The opaque value stored in an index in place of patient data (e.g. a subject code): a keyed hash,
 * the same for the same text under the same key, so equality lookups still work, and useless without
 * the key (a dictionary of all codes "03-001"... cannot be hashed by someone who lacks it).
 */
export function blindIndex(indexKey: Uint8Array, table: string, field: string, value: unknown): string {
  const text = `${table}\u0000${field}\u0000${JSON.stringify(value)}`;
  return `bi1:${bytesToHex(hmac(sha256, indexKey, utf8ToBytes(text)))}`;
}
