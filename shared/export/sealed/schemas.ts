import { z } from 'zod';
import { BASE64URL, isBase64urlOf } from './base64url';
import { fingerprintOf } from './fingerprint';
import {
  GCM_NONCE_BYTES,
  HKDF_SALT_BYTES,
  MAX_PBKDF2_ITERATIONS,
  MIN_PBKDF2_ITERATIONS,
  PBKDF2_SALT_BYTES,
  PRIVATE_KEY_FORMAT,
  PUBLIC_KEY_FORMAT,
  SEALED_FORMAT,
  SEALED_FORMAT_VERSION,
} from './format';

/*
 * The three files of sealed bundles, as zod schemas (types inferred). Strict objects: a field this
 * version does not know is refused, never dropped, since dropping a field of an authenticated header
 * would break its check in a way that reads as tampering.
 */

const base64urlOf = (bytes: number, what: string) => z.string().regex(BASE64URL, `${what}: base64url text`).refine(isBase64urlOf(bytes), `${what}: ${bytes} bytes, base64url`);

/** A P-256 public key as JWK: only the members that define it (an exported key's `ext`, `key_ops` are left out). */
export const ecPublicJwkSchema = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64urlOf(32, 'the x coordinate'),
  y: base64urlOf(32, 'the y coordinate'),
});

export const fingerprintSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a fingerprint: 64 lower-case hex digits (SHA-256)');
/** A person's name for the key ("Data management, Beijing site 03"). */
export const keyNameSchema = z.string().trim().min(1, 'a name').max(100);

/** The fingerprint a file states must be the one of the key it holds: a mismatch is a forged or damaged file. */
const fingerprintMatchesKey = (file: { readonly fingerprint: string; readonly publicKey: z.infer<typeof ecPublicJwkSchema> }, ctx: z.RefinementCtx) => {
  if (fingerprintOf(file.publicKey) !== file.fingerprint) {
    ctx.addIssue({ code: 'custom', path: ['fingerprint'], message: 'the fingerprint is not the one of the public key in the file: the file was altered or damaged' });
  }
};

const keyIdentity = {
  formatVersion: z.literal(SEALED_FORMAT_VERSION),
  name: keyNameSchema,
  created: z.iso.datetime(),
  fingerprint: fingerprintSchema,
  publicKey: ecPublicJwkSchema,
};

export const publicKeyFileSchema = z.strictObject({ format: z.literal(PUBLIC_KEY_FORMAT), ...keyIdentity }).superRefine(fingerprintMatchesKey);
export type PublicKeyFile = z.infer<typeof publicKeyFileSchema>;

export const privateKeyFileSchema = z
  .strictObject({
    format: z.literal(PRIVATE_KEY_FORMAT),
    ...keyIdentity,
    /** How the wrapping key comes from the passphrase. */
    kdf: z.strictObject({
      name: z.literal('PBKDF2'),
      hash: z.literal('SHA-256'),
      iterations: z.int().min(MIN_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
      salt: base64urlOf(PBKDF2_SALT_BYTES, 'the salt'),
    }),
    /** The PKCS#8 private key, AES-256-GCM encrypted under that key; associated data: `wrapAssociatedData(fingerprint)`. */
    wrap: z.strictObject({
      cipher: z.literal('AES-256-GCM'),
      nonce: base64urlOf(GCM_NONCE_BYTES, 'the nonce'),
      // PKCS#8 of a P-256 key is 138 bytes (with its public key) or 67 (without), plus the 16-byte tag.
      wrappedKey: z.string().regex(BASE64URL, 'the wrapped key: base64url text').min(100).max(400),
    }),
  })
  .superRefine(fingerprintMatchesKey);
export type PrivateKeyFile = z.infer<typeof privateKeyFileSchema>;

export const sealedHeaderSchema = z.strictObject({
  format: z.literal(SEALED_FORMAT),
  formatVersion: z.literal(SEALED_FORMAT_VERSION),
  /** Whose key opens it: the name is shown when another key is offered. */
  recipient: z.strictObject({ name: keyNameSchema, fingerprint: fingerprintSchema }),
  /** The one-time key of the sender's ECDH. */
  ephemeralKey: ecPublicJwkSchema,
  kdf: z.strictObject({ name: z.literal('HKDF'), hash: z.literal('SHA-256'), salt: base64urlOf(HKDF_SALT_BYTES, 'the salt') }),
  cipher: z.strictObject({ name: z.literal('AES-256-GCM'), nonce: base64urlOf(GCM_NONCE_BYTES, 'the nonce') }),
  /** The size of the bundle inside (the ciphertext is this plus the 16-byte tag). */
  plaintextBytes: z.int().min(0).max(1024 * 1024 * 1024),
});
export type SealedHeader = z.infer<typeof sealedHeaderSchema>;

/** The public half of a private key file: what its owner shares. */
export function publicKeyOf(file: PrivateKeyFile): PublicKeyFile {
  return { format: PUBLIC_KEY_FORMAT, formatVersion: file.formatVersion, name: file.name, created: file.created, fingerprint: file.fingerprint, publicKey: file.publicKey };
}
