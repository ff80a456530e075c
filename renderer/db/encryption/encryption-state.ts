import type { MetaRow } from '../database';
import type { StoreKeys } from './store-keys';

/**
 * What the store's `meta` row `encryption` records: the store is sealed, and how to recognise its
 * key (`keyCheck`, HKDF of the data key under its own label, store-keys.ts: public, proves a key
 * right or wrong without decrypting anything).
 */
export type EncryptionMarker = Extract<MetaRow, { readonly key: 'encryption' }>;

/**
 * Per open database, what the middleware does with the sealed tables:
 * - plain: no marker: rows pass through unchanged (every store before encryption, the training store);
 * - locked: marked, no key in memory: every request on a sealed table is refused;
 * - unlocked: marked, the keys derived from the data key are in memory (never stored).
 */
export type EncryptionMode =
  | { readonly kind: 'plain' }
  | { readonly kind: 'locked'; readonly marker: EncryptionMarker }
  | { readonly kind: 'unlocked'; readonly marker: EncryptionMarker; readonly keys: StoreKeys };

export interface EncryptionState {
  mode: EncryptionMode;
  /**
   * The one transaction turning a plain store into a sealed one (encryptExistingData): in it, plain
   * rows are read as they are and every write is sealed with these keys. Keyed by the transaction,
   * so no other transaction ever sees plain rows accepted.
   */
  converting?: { readonly trans: object; readonly keys: StoreKeys } | undefined;
}

export const initialEncryptionState = (): EncryptionState => ({ mode: { kind: 'plain' } });
