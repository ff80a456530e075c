import { strFromU8, strToU8 } from 'fflate';
import {
  keyFileText,
  parsePrivateKeyFile,
  parsePublicKeyFile,
  PRIVATE_KEY_EXTENSION,
  PUBLIC_KEY_EXTENSION,
  type PrivateKeyFile,
  type PublicKeyFile,
  type SealedIssue,
} from '../../../shared/export/sealed';
import type { Result } from '../../../shared/lib/result';

/**
 * A key file's name: the key's name made safe for any file system, and the first 8 hex digits of its
 * fingerprint, so two keys with one name do not overwrite each other.
 */
export function keyFileName(file: PublicKeyFile | PrivateKeyFile): string {
  const stem = file.name.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '').slice(0, 60) || 'key';
  return `${stem}-${file.fingerprint.slice(0, 8)}${file.format === 'ecrf-recipient-private-key' ? PRIVATE_KEY_EXTENSION : PUBLIC_KEY_EXTENSION}`;
}

export const keyFileBytes = (file: PublicKeyFile | PrivateKeyFile): Uint8Array => strToU8(keyFileText(file));

/** A file is read as UTF-8 text (a byte-order mark from an editor is dropped). */
const textOf = (bytes: Uint8Array): string => strFromU8(bytes).replace(/^\uFEFF/, '');

export const readPublicKeyFile = (bytes: Uint8Array): Result<PublicKeyFile, SealedIssue[]> => parsePublicKeyFile(textOf(bytes));
export const readPrivateKeyFile = (bytes: Uint8Array): Result<PrivateKeyFile, SealedIssue[]> => parsePrivateKeyFile(textOf(bytes));

/** What the bridge's dialogs show for key files (its filters take plain extensions: `json`). */
export const keyFileFilters = (label: string) => [{ name: label, extensions: ['json'] }];
