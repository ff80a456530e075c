import { createContext } from 'react';
import type { Account } from '../../../shared/access';
import type { Result } from '../../../shared/lib/result';
import type { AccessFailure, AccountDraft, WriteContext, WriteError } from '../../db';
import type { SessionUser } from './session';

/** Why a re-entered password was not accepted: wrong, or the login is locked out until a time. */
export interface PasswordRefusal {
  readonly kind: 'wrong-password' | 'locked-out';
  readonly until?: string;
}

export interface SessionValue {
  /** Who is signed in. */
  readonly user: SessionUser;
  /** Every account of this laptop (names on records, the investigators to confirm a screening). */
  readonly users: readonly SessionUser[];
  /** The site this laptop works for (preselected when screening); undefined until set. */
  readonly siteId: string | undefined;
  /** The write context for data under a protocol version, as the current user. */
  readonly writeContext: (protocol: { readonly id: string; readonly version: string }) => WriteContext;
  /**
   * The signed-in person re-enters their password (electronic signatures). Failures count toward the
   * lockout and are in the security log.
   */
  readonly confirmPassword: (password: string) => Promise<Result<void, PasswordRefusal>>;
  /** Locks the screen now (the page underneath keeps its unsaved input). */
  readonly lock: () => void;
  /** Signs out: unsaved input is lost, the data key is forgotten. */
  readonly signOut: () => Promise<void>;
  readonly setSiteId: (siteId: string) => Promise<Result<void, WriteError>>;
  /** Administrator only (the store refuses anyone else): accounts of this laptop. */
  readonly createAccount: (draft: AccountDraft) => Promise<Result<Account, AccessFailure>>;
  readonly disableAccount: (userId: string) => Promise<Result<void, AccessFailure>>;
  readonly resetPassword: (userId: string, newPassword: string) => Promise<Result<void, AccessFailure>>;
  /** The signed-in person changes their own password. */
  readonly changePassword: (oldPassword: string, newPassword: string) => Promise<Result<void, AccessFailure>>;
}

export const SessionContext = createContext<SessionValue | null>(null);
