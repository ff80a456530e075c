import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { strToU8 } from 'fflate';
import { canonicalize } from './canonical';

/*
 * Hashing is synchronous on purpose: the store seals an event inside an IndexedDB transaction,
 * and awaiting anything that is not an IndexedDB request there (WebCrypto's digest) would let
 * the transaction commit before the event is written.
 */

/** SHA-256 of the text's UTF-8 bytes, lowercase hex (the platform's TextEncoder where there is one). */
export const sha256Hex = (text: string): string => bytesToHex(sha256(strToU8(text)));

/** SHA-256 of the canonical form of every field of the event except `hash` itself. */
export function hashEvent(event: { readonly hash?: string } & object): string {
  const { hash: _ignored, ...rest } = event;
  return sha256Hex(canonicalize(rest));
}
