/**
 * renderer/db: the local store. An append-only, per-device hash-chained event log in IndexedDB,
 * with projection tables kept in step by the shared reducers in the same transaction.
 *
 * Features open a Store and call the repository functions below; they never import Dexie or
 * database.ts (lint forbids it). Every write resolves to a Result: `ok` only once the transaction
 * committed, otherwise a classified WriteError and nothing stored. See docs/store.md.
 */
export { openStore, closeStore, deleteStoreDatabase, type Store, type StoreOptions } from './store';
export type { WriteContext, EventInput } from './write-event';
export type { WriteError } from './write-errors';
export * from './subjects-repo';
export * from './visits-repo';
export * from './entries-repo';
export * from './queries-repo';
export * from './signatures-repo';
export * from './protocols-repo';
export * from './history-repo';
export * from './settings-repo';
export { knownPeople, mergeKnownPeople, nameFrom, peopleForExport, rememberPeople, type KnownPerson } from './people-repo';
export {
  appendForeignEvents,
  chainHead,
  eventsAfter,
  heldHeads,
  verifyAllChains,
  type ChainReport,
  type ForeignRejection,
  type ForeignSummary,
} from './chain-repo';
export { rebuildProjections } from './rebuild-projections';
export * from './storage';
export { CURRENT_SCHEMA_VERSION } from './schema-history';
export {
  DATA_KEY_BYTES,
  encryptExistingData,
  isStoreEncrypted,
  isStoreUnlocked,
  lockStore,
  unlockStore,
  type EncryptionReport,
  type UnlockError,
} from './encryption';
export {
  changePassword,
  confirmPassword,
  createAccount,
  disableAccount,
  isSiteSetUp,
  listAccounts,
  login,
  noteSessionEvent,
  resetPassword,
  resetPasswordWithRecoveryKey,
  setUpSite,
  type AccessFailure,
  type AccountDraft,
  type ConfirmPurpose,
  type SignedIn,
  type SiteSetup,
} from './accounts-repo';
export { readSecurityLog, type SecurityLogRow } from './security-log-repo';
