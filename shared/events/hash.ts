import { canonicalize } from './canonical';
import { sha256HexOfText } from './sha256';

/*
 * Hashing is synchronous on purpose: the store seals an event inside an IndexedDB transaction,
 * and awaiting anything that is not an IndexedDB request there (WebCrypto's digest) would let
 * the transaction commit before the event is written.
 */

/** SHA-256 of the text's UTF-8 bytes, lowercase hex (sha256.ts: the hot path of sealing and verifying). */
export const sha256Hex = (text: string): string => sha256HexOfText(text);

/** SHA-256 of the canonical form of every field of the event except `hash` itself. */
export function hashEvent(event: { readonly hash?: string } & object): string {
  const { hash: _ignored, ...rest } = event;
  return sha256Hex(canonicalize(rest));
}
