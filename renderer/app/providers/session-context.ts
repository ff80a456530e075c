import { createContext } from 'react';
import type { Result } from '../../../shared/lib/result';
import type { WriteContext, WriteError } from '../../db';
import type { SessionUser } from './session';

export interface NewUser {
  readonly displayName: string;
  readonly role: SessionUser['role'];
  readonly blinded: boolean;
}

export interface SessionValue {
  /** Who is using the laptop now. */
  readonly user: SessionUser;
  /** Everyone who has used it (for the switch). */
  readonly users: readonly SessionUser[];
  /** The site this laptop works for (preselected when screening); undefined until set. */
  readonly siteId: string | undefined;
  /** The write context for data under a protocol version, as the current user. */
  readonly writeContext: (protocol: { readonly id: string; readonly version: string }) => WriteContext;
  readonly chooseUser: (userId: string) => Promise<Result<void, WriteError>>;
  readonly addUser: (user: NewUser) => Promise<Result<SessionUser, WriteError>>;
  readonly setSiteId: (siteId: string) => Promise<Result<void, WriteError>>;
}

export const SessionContext = createContext<SessionValue | null>(null);
