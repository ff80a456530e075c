/**
 * A digest of everything a store holds: SHA-256 over a canonical dump of every table of its Dexie
 * database (tables by name, rows in primary-key order, object keys sorted). Two stores, or one store
 * before and after an operation, hold the same data exactly when their digests are equal: tests use it
 * to prove that a refused import changed nothing at all, in any table, including ones added later.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Store } from '../../../../renderer/db';

/** JSON with sorted keys; Dates, byte arrays and undefined spelled out so no two values collide. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return '{"$undefined":true}';
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : `{"$number":"${String(value)}"}`;
  if (value instanceof Date) return `{"$date":${JSON.stringify(Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString())}}`;
  if (value instanceof ArrayBuffer) return canonicalJson(new Uint8Array(value));
  if (ArrayBuffer.isView(value)) return `{"$bytes":"${bytesToHex(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))}"}`;
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new Error(`cannot put a ${typeof value} in a store digest`);
}

/** Every table of the store: name, row count and rows (primary-key order), canonically. */
export async function storeDump(store: Store): Promise<string> {
  const tables = [...store.db.tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const parts: string[] = [];
  for (const table of tables) {
    const rows: unknown[] = await table.toArray();
    parts.push(`${JSON.stringify(table.name)}:${rows.length}:${canonicalJson(rows)}`);
  }
  return parts.join('\n');
}

/** SHA-256 (hex) of storeDump: the whole store in 64 characters. */
export async function storeDigest(store: Store): Promise<string> {
  return bytesToHex(sha256(utf8ToBytes(await storeDump(store))));
}
