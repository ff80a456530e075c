import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { fromBase64url } from './base64url';

/** A P-256 public key as JWK, reduced to the members that define it. */
export interface EcPublicJwk {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
}

/** The key's uncompressed point (0x04 ‖ x ‖ y, 65 bytes): what WebCrypto's `raw` export gives. */
export function rawPublicKey(jwk: EcPublicJwk): Uint8Array | undefined {
  const x = fromBase64url(jwk.x);
  const y = fromBase64url(jwk.y);
  if (x?.length !== 32 || y?.length !== 32) return undefined;
  const raw = new Uint8Array(65);
  raw[0] = 4;
  raw.set(x, 1);
  raw.set(y, 33);
  return raw;
}

/**
 * The fingerprint of a public key: SHA-256 of its raw form, hex. Computed here (pure, synchronous) so a
 * key file's claimed fingerprint is checked against its key wherever the file is read.
 */
export function fingerprintOf(jwk: EcPublicJwk): string | undefined {
  const raw = rawPublicKey(jwk);
  return raw === undefined ? undefined : bytesToHex(sha256(raw));
}

/**
 * The fingerprint as people compare it on the phone: 16 groups of 4 hex digits, in 4 lines' worth
 * ("3f2a 9c01 …"). Case and spacing carry no meaning.
 */
export function formatFingerprint(fingerprint: string): string {
  return (fingerprint.match(/.{1,4}/g) ?? []).join(' ');
}

/** The first 4 groups: enough to tell keys apart in a list, not to trust one (compare the whole). */
export function shortFingerprint(fingerprint: string): string {
  return formatFingerprint(fingerprint.slice(0, 16));
}
