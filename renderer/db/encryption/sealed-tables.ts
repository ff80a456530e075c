/**
 * Which tables hold trial data and are sealed, and which of their indexed fields hold patient data
 * and get a blind index instead of the clear value.
 *
 * Left plain, on purpose:
 * - `protocols`, and the protocol definitions in `documents`: public registry material, and the app
 *   reads them before anyone has logged in (ProtocolsProvider). The other documents (allocation
 *   lists: the arm of every kit) are sealed, row by row (PARTLY_SEALED);
 * - `settings`, `meta`: device preferences, the device id, chain heads (hashes and counters);
 * - `accounts`, `securityLog`: needed to log in, i.e. before the data key exists; they hold wrapped
 *   keys, never the data key.
 * Every other field of a sealed row is inside the ciphertext; only the primary key and the index
 * fields stay readable, because IndexedDB must read them to keep its indexes. Those are opaque ids
 * (UUIDs), protocol ids (visit, form, item) and statuses: docs/store.md, "Encryption at rest".
 */
export const SEALED_TABLES: ReadonlySet<string> = new Set([
  'events',
  'subjects',
  'visits',
  'entries',
  'queries',
  'signatures',
  'allocationLists',
]);

/**
 * Tables holding both public rows and trial data: which rows are sealed. A plain row of the sealed kind
 * in an encrypted store is refused like any plain row of a sealed table.
 */
export const PARTLY_SEALED: Readonly<Record<string, (row: Readonly<Record<string, unknown>>) => boolean>> = {
  documents: (row) => row.kind !== 'protocol',
};

/** Indexed fields that carry patient data: stored as a keyed blind index (store-keys.ts). */
export const BLIND_INDEXED: Readonly<Record<string, readonly string[]>> = {
  subjects: ['code'],
};

export const isBlindIndexed = (table: string, field: unknown): field is string =>
  typeof field === 'string' && (BLIND_INDEXED[table]?.includes(field) ?? false);
