/**
 * renderer/security: the key material of accounts, with WebCrypto. A random data key is wrapped
 * (AES-256-GCM) under a key derived with PBKDF2-SHA-256 (600,000 iterations, recorded per wrap) from each
 * person's password and from the recovery key. A password is right exactly when its wrap opens. The
 * unwrapped data key lives in memory only. Storage of the wraps: renderer/db/accounts-repo.ts.
 */
export { newDataKey, DATA_KEY_BYTES } from './data-key';
export { PBKDF2_ITERATIONS, SALT_BYTES, unwrapDataKey, wrapDataKey, wrappedKeySchema, type WrappedKey } from './key-wrap';
export { newRecoveryKey, parseRecoveryKey, RECOVERY_KEY_BYTES, type RecoveryKeyProblem } from './recovery-key';
