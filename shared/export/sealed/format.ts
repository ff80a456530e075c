/**
 * Names, versions and limits of the sealed-bundle files (docs/bundle-format.md, "Sealed bundles").
 * Changing any of these makes files that older apps cannot read: bump the matching version.
 */

/** A public key file (`*.ecrf-pub.json`): shared with the people who export to its owner. */
export const PUBLIC_KEY_FORMAT = 'ecrf-recipient-public-key';
/** A private key file (`*.ecrf-key.json`): the owner's key, wrapped under a passphrase. */
export const PRIVATE_KEY_FORMAT = 'ecrf-recipient-private-key';
/** The JSON header of a sealed bundle (`*.ecrf-sealed`). */
export const SEALED_FORMAT = 'ecrf-sealed-bundle';
/** One version for all three files: they change together. */
export const SEALED_FORMAT_VERSION = 1;

/**
 * The first bytes of a sealed bundle. Readable text, so a person opening the file sees what it is;
 * a zip starts with `PK`, so the two can never be mistaken for each other.
 */
export const SEALED_MAGIC = 'ECRF-SEALED\n';
/** The header's length follows the magic as a 4-byte big-endian unsigned integer. */
export const HEADER_LENGTH_BYTES = 4;
/** A header is a few hundred bytes; anything larger is not one of ours. */
export const MAX_HEADER_BYTES = 4096;
/** AES-GCM appends a 16-byte authentication tag to the ciphertext. */
export const GCM_TAG_BYTES = 16;
export const GCM_NONCE_BYTES = 12;
export const HKDF_SALT_BYTES = 32;
export const PBKDF2_SALT_BYTES = 16;

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; a file asking for fewer is refused (a weakened copy). */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** Upper bound so a crafted key file cannot make the app spin for hours. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 12;

/** The HKDF `info`: binds the derived key to this use and version. */
export const HKDF_INFO = 'ecrf-sealed-bundle/1 AES-256-GCM';
/** The associated data of the wrapped private key: binds it to this file kind and the key's fingerprint. */
export const wrapAssociatedData = (fingerprint: string): string => `${PRIVATE_KEY_FORMAT}/1 ${fingerprint}`;

/** File name endings (the bridge's extension filters take letters and digits only, so they name `json`). */
export const SEALED_EXTENSION = '.ecrf-sealed';
export const PUBLIC_KEY_EXTENSION = '.ecrf-pub.json';
export const PRIVATE_KEY_EXTENSION = '.ecrf-key.json';

/**
 * What is wrong with a new passphrase, if anything. Length in code points, so a Chinese passphrase of
 * 12 characters counts as 12.
 */
export function passphraseProblem(passphrase: string, repeated: string): 'too-short' | 'mismatch' | undefined {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  if (passphrase.normalize('NFC') !== repeated.normalize('NFC')) return 'mismatch';
  return undefined;
}
