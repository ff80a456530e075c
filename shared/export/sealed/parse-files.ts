import { strFromU8, strToU8 } from 'fflate';
import type { z } from 'zod';
import { issuesFromZod } from '../../events';
import { fail, ok, type Result } from '../../lib/result';
import { GCM_TAG_BYTES, HEADER_LENGTH_BYTES, MAX_HEADER_BYTES, PRIVATE_KEY_FORMAT, PUBLIC_KEY_FORMAT, SEALED_FORMAT, SEALED_FORMAT_VERSION, SEALED_MAGIC } from './format';
import { sealedIssue, type SealedIssue } from './issues';
import { privateKeyFileSchema, publicKeyFileSchema, sealedHeaderSchema, type PrivateKeyFile, type PublicKeyFile, type SealedHeader } from './schemas';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * JSON of one of our file kinds, in the manifest's order (docs/bundle-format.md): not JSON; another
 * kind of file; made by a newer app (before the schema, which a newer file may not fit); then every
 * field with its JSON path.
 */
function parseJsonFile<T>(text: string, format: string, what: string, schema: z.ZodType<T>): Result<T, SealedIssue[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail([sealedIssue('not-readable', [], `this is not ${what}: it is not JSON`)]);
  }
  if (!isObject(json) || json['format'] !== format) return fail([sealedIssue('wrong-kind', ['format'], `this is not ${what} (format "${format}")`)]);
  const version = json['formatVersion'];
  if (typeof version === 'number' && version > SEALED_FORMAT_VERSION) {
    return fail([sealedIssue('future-format', ['formatVersion'], `${what} has format version ${version}, newer than this app reads (${SEALED_FORMAT_VERSION}): update the app`)]);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return fail(issuesFromZod(parsed.error).map((i) => sealedIssue('invalid', i.path, i.message)));
  return ok(parsed.data);
}

export const parsePublicKeyFile = (text: string): Result<PublicKeyFile, SealedIssue[]> => parseJsonFile(text, PUBLIC_KEY_FORMAT, 'a public key file', publicKeyFileSchema);
export const parsePrivateKeyFile = (text: string): Result<PrivateKeyFile, SealedIssue[]> => parseJsonFile(text, PRIVATE_KEY_FORMAT, 'a private key file', privateKeyFileSchema);

/** A key file as saved: pretty JSON, so a person can read the name and fingerprint in any editor. */
export const keyFileText = (file: PublicKeyFile | PrivateKeyFile): string => `${JSON.stringify(file, null, 2)}\n`;

const MAGIC = strToU8(SEALED_MAGIC);

/** Whether the bytes start like a sealed bundle (the magic); says nothing of the rest. */
export function isSealedBundle(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

export interface SealedParts {
  readonly header: SealedHeader;
  /** Magic, length and header: the AES-GCM associated data, so no byte of them can change unnoticed. */
  readonly associatedData: Uint8Array;
  /** The encrypted bundle with its 16-byte tag. */
  readonly ciphertext: Uint8Array;
}

/** Magic ‖ 4-byte big-endian header length ‖ header JSON: the part before the ciphertext. */
export function sealedPrefix(header: SealedHeader): Uint8Array {
  const json = strToU8(JSON.stringify(header));
  const prefix = new Uint8Array(MAGIC.length + HEADER_LENGTH_BYTES + json.length);
  prefix.set(MAGIC, 0);
  new DataView(prefix.buffer).setUint32(MAGIC.length, json.length, false);
  prefix.set(json, MAGIC.length + HEADER_LENGTH_BYTES);
  return prefix;
}

/**
 * Splits a sealed bundle into its header (checked with zod: issues with paths under `header`), the
 * associated data and the ciphertext. Decrypting is the renderer's (WebCrypto); this only reads.
 */
export function parseSealedBundle(bytes: Uint8Array): Result<SealedParts, SealedIssue[]> {
  const start = MAGIC.length + HEADER_LENGTH_BYTES;
  if (!isSealedBundle(bytes) || bytes.length < start) return fail([sealedIssue('not-readable', [], 'this is not a sealed CRF bundle: it does not start with "ECRF-SEALED"')]);
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(MAGIC.length, false);
  if (length > MAX_HEADER_BYTES || start + length > bytes.length) {
    return fail([sealedIssue('not-readable', ['header'], `the header length (${length} bytes) does not fit the file: it was altered or cut short`)]);
  }
  const headerBytes = bytes.subarray(start, start + length);
  const parsed = parseJsonFile(strFromU8(headerBytes), SEALED_FORMAT, 'a sealed bundle header', sealedHeaderSchema);
  if (!parsed.ok) return fail(parsed.issues.map((i) => ({ ...i, path: ['header', ...i.path] })));
  const header = parsed.value;
  const ciphertext = bytes.subarray(start + length);
  const expected = header.plaintextBytes + GCM_TAG_BYTES;
  if (ciphertext.length !== expected) {
    return fail([
      sealedIssue('size-mismatch', ['ciphertext'], `the encrypted part is ${ciphertext.length} bytes, the header says ${expected}: the file was cut short or altered`),
    ]);
  }
  return ok({ header, associatedData: bytes.subarray(0, start + length), ciphertext });
}
