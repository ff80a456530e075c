import { gcm } from '@noble/ciphers/aes.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { SealedRowError } from './encryption-errors';

/** The property of a stored row that holds its sealed body: nonce (12 bytes) then AES-GCM ciphertext and tag. */
export const SEALED_FIELD = '$sealed';

const NONCE_BYTES = 12;
const decoder = new TextDecoder();

export type StoredRow = Readonly<Record<string, unknown>> & { readonly [SEALED_FIELD]?: unknown };

/** The sealed bytes of a stored row, if it has any (a view of any realm: IndexedDB clones across them). */
function sealedBytesOf(row: unknown): Uint8Array | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const value: unknown = (row as StoredRow)[SEALED_FIELD];
  return ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : undefined;
}

export const isSealed = (row: unknown): row is StoredRow => sealedBytesOf(row) !== undefined;

/**
 * The associated data: the row's table and primary key. GCM authenticates it with the ciphertext, so
 * a sealed body copied under another key or into another table fails to open instead of showing
 * one subject's data as another's.
 */
const placeOf = (table: string, primaryKey: unknown): Uint8Array => utf8ToBytes(JSON.stringify([table, primaryKey]));

/**
 * Seals a row: the whole row as JSON under AES-256-GCM with a fresh random 96-bit nonce (2^-32
 * collision chance only after ~2^32 rows under one key, far beyond a trial's millions), keeping the
 * given fields in clear beside it for IndexedDB's keys and indexes.
 */
export function sealRow(rowKey: Uint8Array, table: string, primaryKey: unknown, row: object, clear: Readonly<Record<string, unknown>>): StoredRow {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const body = gcm(rowKey, nonce, placeOf(table, primaryKey)).encrypt(utf8ToBytes(JSON.stringify(row)));
  const sealed = new Uint8Array(NONCE_BYTES + body.length);
  sealed.set(nonce, 0);
  sealed.set(body, NONCE_BYTES);
  return { ...clear, [SEALED_FIELD]: sealed };
}

/** Opens a sealed row, or throws SealedRowError: never returns bytes that did not authenticate. */
export function openRow(rowKey: Uint8Array, table: string, primaryKey: unknown, stored: unknown): unknown {
  const sealed = sealedBytesOf(stored);
  if (sealed === undefined) throw new SealedRowError(table, primaryKey, 'it is not sealed (a plain row in an encrypted store)');
  if (sealed.length < NONCE_BYTES + 16) throw new SealedRowError(table, primaryKey, 'the sealed body is truncated');
  let plain: Uint8Array;
  try {
    plain = gcm(rowKey, sealed.subarray(0, NONCE_BYTES), placeOf(table, primaryKey)).decrypt(sealed.subarray(NONCE_BYTES));
  } catch {
    throw new SealedRowError(table, primaryKey, 'it failed authentication (altered, moved, or sealed under another key)');
  }
  return JSON.parse(decoder.decode(plain)) as unknown;
}
