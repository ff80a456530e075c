import { z } from 'zod';
import { fail, ok, type Result } from '../../shared/lib/result';
import { fromBase64, randomBytes, toBase64 } from './bytes';

/**
 * PBKDF2-SHA-256 iterations for new wraps (OWASP 2023 for PBKDF2-HMAC-SHA256). Each wrap records the count
 * it was made with, so raising this later re-wraps at the next password change and old wraps still open.
 */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
const IV_BYTES = 12;

/**
 * The data key wrapped under a secret (a password or the recovery key): PBKDF2 turns the secret and a
 * random salt into an AES-256-GCM key-encryption key, which encrypts the data key. The GCM tag is the
 * password check: a wrong secret fails to unwrap, so no password hash is stored at all.
 */
export const wrappedKeySchema = z.strictObject({
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.int().min(PBKDF2_ITERATIONS),
  salt: z.base64(),
  iv: z.base64(),
  ciphertext: z.base64(),
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

const encoder = new TextEncoder();

/**
 * The key-encryption key for `secret`. `purpose` is bound into the ciphertext as associated data, so a
 * wrap made for one account (or for the recovery key) cannot be moved to another.
 */
async function deriveKek(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

/** Wraps `dataKey` under `secret`, for `purpose` (e.g. "account:<userId>", "recovery"). */
export async function wrapDataKey(dataKey: Uint8Array, secret: string, purpose: string, iterations = PBKDF2_ITERATIONS): Promise<WrappedKey> {
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const kek = await deriveKek(secret, salt, iterations);
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(purpose) }, kek, new Uint8Array(dataKey));
  return { kdf: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
}

/** The data key, or `wrong-secret` when the GCM tag does not verify (wrong password, wrong purpose, altered row). */
export async function unwrapDataKey(wrapped: WrappedKey, secret: string, purpose: string): Promise<Result<Uint8Array, 'wrong-secret'>> {
  const kek = await deriveKek(secret, fromBase64(wrapped.salt), wrapped.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(wrapped.iv), additionalData: encoder.encode(purpose) },
      kek,
      fromBase64(wrapped.ciphertext),
    );
    return ok(new Uint8Array(plain));
  } catch {
    return fail('wrong-secret');
  }
}
