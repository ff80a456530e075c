/**
 * shared/access: the rules of accounts and sessions, pure. Who an account is (role ∈ shared/policy's roles,
 * blinded, disabled), what a password must be, when repeated failures lock a login and for how long, the
 * auto-lock setting, and the shape of a security-log entry.
 *
 * Non-goals: key derivation and wrapping (renderer/security, WebCrypto), storage (renderer/db/accounts-repo),
 * which role may append which event (shared/policy).
 */
export {
  accountRoleSchema,
  accountSchema,
  displayNameSchema,
  loginSchema,
  newAccountSchema,
  normaliseLogin,
  userIdSchema,
  type Account,
  type AccountRole,
  type NewAccount,
} from './account';
export { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type PasswordProblem, type PasswordProblemCode } from './password-policy';
export { LOCKOUT, lockoutState, recordFailure, type LockoutPolicy, type LockoutState } from './lockout';
export { AUTO_LOCK_DEFAULT_MINUTES, AUTO_LOCK_MAX_MINUTES, AUTO_LOCK_MIN_MINUTES, autoLockMinutes, autoLockMinutesSchema } from './auto-lock';
export { SECURITY_EVENT_KINDS, securityLogEntrySchema, type SecurityEventKind, type SecurityLogEntry } from './security-log';
