import { sha256 } from '@noble/hashes/sha2.js';
import { fail, ok, type Result } from '../../shared/lib/result';
import { randomBytes } from './bytes';

/**
 * The recovery key: 160 random bits, shown once at site setup for the data manager to keep on paper,
 * written as RFC 4648 base32 in groups of four (`ABCD-EFGH-…`) with a ninth group that is a checksum
 * (20 bits of SHA-256 of the key), so a mistyped character is caught before any key derivation runs.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const RECOVERY_KEY_BYTES = 20;
const GROUP = 4;
const KEY_CHARS = (RECOVERY_KEY_BYTES * 8) / 5; // 32
const CHECK_CHARS = 4;

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31] ?? '';
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31] ?? '';
  return out;
}

function fromBase32(text: string): Uint8Array | undefined {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return undefined;
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return new Uint8Array(out);
}

const checksumOf = (key: Uint8Array): string => base32(sha256(key)).slice(0, CHECK_CHARS);

const grouped = (chars: string): string => (chars.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-');

/** A new recovery key as shown to the person who keeps it. */
export function newRecoveryKey(): string {
  const key = randomBytes(RECOVERY_KEY_BYTES);
  return grouped(base32(key) + checksumOf(key));
}

export type RecoveryKeyProblem = 'recovery-key.length' | 'recovery-key.characters' | 'recovery-key.checksum';

/**
 * A typed recovery key in its canonical form (what the wrapping key is derived from), or why it cannot be
 * one. Forgiving about spaces, dashes and case, and about 0/1/8 typed for O/I/B, which base32 lacks.
 */
export function parseRecoveryKey(typed: string): Result<string, RecoveryKeyProblem> {
  const chars = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/0/g, 'O')
    .replace(/1/g, 'I')
    .replace(/8/g, 'B');
  if (chars.length !== KEY_CHARS + CHECK_CHARS) return fail('recovery-key.length');
  const key = fromBase32(chars.slice(0, KEY_CHARS));
  if (key === undefined || [...chars.slice(KEY_CHARS)].some((c) => !ALPHABET.includes(c))) return fail('recovery-key.characters');
  if (checksumOf(key) !== chars.slice(KEY_CHARS)) return fail('recovery-key.checksum');
  return ok(grouped(chars));
}
