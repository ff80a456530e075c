import type { Result } from '../../../shared/lib/result';

/**
 * Why re-entering the password did not confirm the signer. `wrong-password` and `locked-out` are the
 * session's answers; `unavailable` covers anything else (no account for this person, storage failed).
 */
export interface PasswordFailure {
  readonly kind: 'wrong-password' | 'locked-out' | 'unavailable';
  /** Locked out: when the person may try again (ISO instant). */
  readonly until?: string;
  /** Unavailable: what went wrong, for the message. */
  readonly detail?: string;
}

/** Checks the signed-in person's password again (21 CFR 11.200: a signature is the password, re-entered). */
export type ConfirmPassword = (password: string) => Promise<Result<void, PasswordFailure>>;
