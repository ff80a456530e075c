/**
 * The cryptography of recipient keys and sealed bundles, with WebCrypto (docs/bundle-format.md,
 * "Sealed bundles"). The file formats and their checks are pure and live in shared/export/sealed; only
 * key operations and randomness are here. Nothing here runs inside an IndexedDB transaction, so
 * WebCrypto's promises are fine (unlike the event chain's hashing).
 */
import { strToU8 } from 'fflate';
import {
  GCM_NONCE_BYTES,
  HKDF_INFO,
  HKDF_SALT_BYTES,
  MIN_PBKDF2_ITERATIONS,
  PBKDF2_SALT_BYTES,
  PRIVATE_KEY_FORMAT,
  SEALED_FORMAT,
  SEALED_FORMAT_VERSION,
  ecPublicJwkSchema,
  fingerprintOf,
  fromBase64url,
  parseSealedBundle,
  publicKeyOf,
  sealedPrefix,
  toBase64url,
  wrapAssociatedData,
  type EcPublicJwk,
  type PrivateKeyFile,
  type PublicKeyFile,
  type SealedHeader,
  type SealedIssue,
} from '../../../shared/export/sealed';
import { fail, ok, type Result } from '../../../shared/lib/result';

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** WebCrypto takes ArrayBuffer-backed views; a copy when the bytes sit on anything else. */
const buffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => (bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes));
const random = (length: number): Uint8Array<ArrayBuffer> => crypto.getRandomValues(new Uint8Array(length));
const decoded = (text: string): Uint8Array<ArrayBuffer> => buffer(fromBase64url(text) ?? new Uint8Array(0));

/**
 * NFC first: the same passphrase typed on two keyboards (or input methods) can differ in Unicode
 * composition, and must still open the key.
 */
const passphraseBytes = (passphrase: string): Uint8Array<ArrayBuffer> => buffer(strToU8(passphrase.normalize('NFC')));

async function wrappingKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

const publicJwk = async (key: CryptoKey): Promise<EcPublicJwk> => ecPublicJwkSchema.parse(pick(await crypto.subtle.exportKey('jwk', key)));
const pick = (jwk: JsonWebKey) => ({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });

export interface NewKeyPair {
  readonly privateFile: PrivateKeyFile;
  readonly publicFile: PublicKeyFile;
}

/**
 * A new recipient key pair: ECDH P-256, the private key (PKCS#8) wrapped with AES-256-GCM under a key
 * from PBKDF2-SHA-256 (600,000 iterations, random salt) of the passphrase. `created` is passed in (the
 * store's clock). The caller checks the passphrase's length and repetition first (the form does).
 */
export async function createKeyPair(input: { readonly name: string; readonly passphrase: string; readonly created: string }): Promise<NewKeyPair> {
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const publicKey = await publicJwk(pair.publicKey);
  const fingerprint = fingerprintOf(publicKey);
  if (fingerprint === undefined) throw new Error('WebCrypto exported a P-256 key that is not 32-byte coordinates');
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const salt = random(PBKDF2_SALT_BYTES);
  const nonce = random(GCM_NONCE_BYTES);
  const key = await wrappingKey(input.passphrase, salt, MIN_PBKDF2_ITERATIONS, 'encrypt');
  const wrapped = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: buffer(strToU8(wrapAssociatedData(fingerprint))) }, key, pkcs8);
  pkcs8.fill(0);
  const privateFile: PrivateKeyFile = {
    format: PRIVATE_KEY_FORMAT,
    formatVersion: SEALED_FORMAT_VERSION,
    name: input.name.trim(),
    created: input.created,
    fingerprint,
    publicKey,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: MIN_PBKDF2_ITERATIONS, salt: toBase64url(salt) },
    wrap: { cipher: 'AES-256-GCM', nonce: toBase64url(nonce), wrappedKey: toBase64url(new Uint8Array(wrapped)) },
  };
  return { privateFile, publicFile: publicKeyOf(privateFile) };
}

/** An unlocked private key: usable for ECDH only, never exportable. */
export interface UnlockedKey {
  readonly name: string;
  readonly fingerprint: string;
  readonly key: CryptoKey;
}

/**
 * Opens a private key file with its passphrase. A wrong passphrase (or an altered file: the GCM tag
 * covers the key and, as associated data, its fingerprint) gives `wrong-passphrase`: the two cannot be
 * told apart, and saying which would help a guesser.
 */
export async function unlockPrivateKey(file: PrivateKeyFile, passphrase: string): Promise<Result<UnlockedKey, 'wrong-passphrase'>> {
  const key = await wrappingKey(passphrase, decoded(file.kdf.salt), file.kdf.iterations, 'decrypt');
  let pkcs8: Uint8Array;
  try {
    pkcs8 = new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv: decoded(file.wrap.nonce), additionalData: buffer(strToU8(wrapAssociatedData(file.fingerprint))) }, key, decoded(file.wrap.wrappedKey)),
    );
  } catch {
    return fail('wrong-passphrase');
  }
  try {
    const privateKey = await crypto.subtle.importKey('pkcs8', buffer(pkcs8), ECDH, false, ['deriveBits']);
    return ok({ name: file.name, fingerprint: file.fingerprint, key: privateKey });
  } catch {
    return fail('wrong-passphrase');
  } finally {
    pkcs8.fill(0);
  }
}

/** HKDF-SHA-256 of the ECDH secret → the AES-256-GCM key of one sealed bundle. */
async function bundleKey(privateKey: CryptoKey, publicKey: CryptoKey, salt: Uint8Array<ArrayBuffer>, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  const secret = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info: buffer(strToU8(HKDF_INFO)) }, material, { name: 'AES-GCM', length: 256 }, false, [usage]);
}

const importPublic = (jwk: EcPublicJwk): Promise<CryptoKey> => crypto.subtle.importKey('jwk', { ...jwk, ext: true }, ECDH, false, []);

/**
 * Seals a bundle (the whole zip) for one recipient: a fresh ephemeral ECDH key, HKDF-SHA-256 with a
 * random salt, AES-256-GCM with a random nonce and the file's header as associated data.
 */
export async function sealBundle(bundle: Uint8Array, recipient: PublicKeyFile): Promise<Uint8Array> {
  const ephemeral = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const salt = random(HKDF_SALT_BYTES);
  const nonce = random(GCM_NONCE_BYTES);
  const key = await bundleKey(ephemeral.privateKey, await importPublic(recipient.publicKey), salt, 'encrypt');
  const header: SealedHeader = {
    format: SEALED_FORMAT,
    formatVersion: SEALED_FORMAT_VERSION,
    recipient: { name: recipient.name, fingerprint: recipient.fingerprint },
    ephemeralKey: await publicJwk(ephemeral.publicKey),
    kdf: { name: 'HKDF', hash: 'SHA-256', salt: toBase64url(salt) },
    cipher: { name: 'AES-256-GCM', nonce: toBase64url(nonce) },
    plaintextBytes: bundle.length,
  };
  const prefix = sealedPrefix(header);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: buffer(prefix) }, key, buffer(bundle)));
  const sealed = new Uint8Array(prefix.length + ciphertext.length);
  sealed.set(prefix, 0);
  sealed.set(ciphertext, prefix.length);
  return sealed;
}

export type UnsealFailure =
  /** The header is unreadable or wrong (issues with paths), or the file is cut short. */
  | { readonly kind: 'header'; readonly issues: readonly SealedIssue[] }
  /** Sealed for another key: `recipient` says whose. */
  | { readonly kind: 'wrong-key'; readonly recipient: { readonly name: string; readonly fingerprint: string }; readonly offered: string }
  /** The authentication failed: the header or the ciphertext was changed after sealing. */
  | { readonly kind: 'tampered' };

/** The sealed bundle's header, when the file is one: to say whose key it needs before asking for it. */
export function sealedHeaderOf(bytes: Uint8Array): Result<SealedHeader, SealedIssue[]> {
  const parts = parseSealedBundle(bytes);
  return parts.ok ? ok(parts.value.header) : parts;
}

/** Decrypts a sealed bundle with an unlocked private key: the bundle zip, to be verified and imported as usual. */
export async function unsealBundle(bytes: Uint8Array, key: UnlockedKey): Promise<Result<Uint8Array, UnsealFailure>> {
  const parts = parseSealedBundle(bytes);
  if (!parts.ok) return fail({ kind: 'header', issues: parts.issues });
  const { header, associatedData, ciphertext } = parts.value;
  if (header.recipient.fingerprint !== key.fingerprint) return fail({ kind: 'wrong-key', recipient: header.recipient, offered: key.fingerprint });
  try {
    const aes = await bundleKey(key.key, await importPublic(header.ephemeralKey), decoded(header.kdf.salt), 'decrypt');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: decoded(header.cipher.nonce), additionalData: buffer(associatedData) }, aes, buffer(ciphertext));
    return ok(new Uint8Array(plain));
  } catch {
    // A changed ephemeral key may not even be a point on the curve (import fails): tampering too.
    return fail({ kind: 'tampered' });
  }
}
