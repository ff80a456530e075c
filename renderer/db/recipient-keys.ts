import { z } from 'zod';
import { privateKeyFileSchema, publicKeyFileSchema, type PrivateKeyFile, type PublicKeyFile } from '../../shared/export/sealed';
import { fail, ok, type Result } from '../../shared/lib/result';
import type { Store } from './store';
import { classifyWriteError, type WriteError } from './write-errors';

/*
 * The keys for sealed bundles that this laptop remembers (renderer/features/keys): the recipients one
 * may export to (public key files), and the data manager's own private key files, kept so this laptop
 * can open bundles sealed for them without the file. A private key file is stored as saved: wrapped
 * under its passphrase, never in the clear. Device settings (plain rows of `settings`, keys starting
 * `keys.`): not events, not exported. A stored value that no longer fits its schema reads as empty.
 */

const KEYS = { recipients: 'keys.recipients', own: 'keys.privateKeys' } as const;
const recipientsSchema = z.array(publicKeyFileSchema).max(100);
const ownSchema = z.array(privateKeyFileSchema).max(20);

async function readList<T>(store: Store, key: string, schema: z.ZodType<T[]>): Promise<T[]> {
  const row = await store.db.settings.get(key);
  const parsed = schema.safeParse(row?.value);
  return parsed.success ? parsed.data : [];
}

/** Replaces the list in one transaction with `change` applied to the stored one. */
async function updateList<T>(store: Store, key: string, schema: z.ZodType<T[]>, change: (list: T[]) => T[]): Promise<Result<void, WriteError>> {
  const { db } = store;
  try {
    await db.transaction('rw', db.settings, async () => {
      const next = schema.parse(change(await readList(store, key, schema)));
      await db.settings.put({ key, value: next });
    });
    return ok(undefined);
  } catch (error) {
    return fail(classifyWriteError(error));
  }
}

const byName = <T extends { readonly name: string }>(list: T[]): T[] => [...list].sort((a, b) => a.name.localeCompare(b.name));

/** The recipients one may seal bundles for, by name. */
export const listRecipients = (store: Store): Promise<PublicKeyFile[]> => readList(store, KEYS.recipients, recipientsSchema).then(byName);

/** Adds a recipient; a key with the same fingerprint is replaced (renamed or re-imported). */
export const addRecipient = (store: Store, key: PublicKeyFile): Promise<Result<void, WriteError>> =>
  updateList(store, KEYS.recipients, recipientsSchema, (list) => [...list.filter((k) => k.fingerprint !== key.fingerprint), key]);

export const removeRecipient = (store: Store, fingerprint: string): Promise<Result<void, WriteError>> =>
  updateList(store, KEYS.recipients, recipientsSchema, (list) => list.filter((k) => k.fingerprint !== fingerprint));

/** The private key files kept on this laptop (still wrapped under their passphrases), by name. */
export const listOwnKeys = (store: Store): Promise<PrivateKeyFile[]> => readList(store, KEYS.own, ownSchema).then(byName);

export const addOwnKey = (store: Store, key: PrivateKeyFile): Promise<Result<void, WriteError>> =>
  updateList(store, KEYS.own, ownSchema, (list) => [...list.filter((k) => k.fingerprint !== key.fingerprint), key]);

export const removeOwnKey = (store: Store, fingerprint: string): Promise<Result<void, WriteError>> =>
  updateList(store, KEYS.own, ownSchema, (list) => list.filter((k) => k.fingerprint !== fingerprint));
