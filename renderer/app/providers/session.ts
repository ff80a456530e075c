import type { Account, AccountRole } from '../../../shared/access';
import type { Role } from '../../../shared/events';
import type { WriteContext } from '../../db';

/**
 * A person with an account on this laptop (as signed in, or as named on records).
 *
 * NOTE: `role` is typed as the role records carry (shared/events Role), because the pages hand it to bundle,
 * casebook and backup code typed that way. An administrator's session carries 'administrator' there at run
 * time: the policy (canAppend), the store and the bundle schemas refuse it for every trial-data command, and
 * `isAdministrator` tells it apart. Widening those types to PolicyRole is the clean follow-up.
 */
export type SessionUser = Omit<Account, 'role'> & { readonly role: Role };
export type SessionRole = AccountRole;

/** The account as the session holds it (the true role type). */
export const asSessionUser = (account: Account): SessionUser => account as Omit<Account, 'role'> & { readonly role: Role };

export const isAdministrator = (user: Pick<SessionUser, 'role'>): boolean => (user.role as AccountRole) === 'administrator';

/** The roles an administrator can give, in the order the Users panel offers them. */
export const SESSION_ROLES = ['nurse', 'investigator', 'monitor', 'data-manager', 'pharmacist', 'administrator'] as const satisfies readonly SessionRole[];

/** A site id as it starts a subject code: letters and digits ("03", "BJ302"). */
export const SITE_ID_PATTERN = /^[A-Za-z0-9]{1,16}$/;

/**
 * What a page writes under: the current user and role, and the protocol version of the data.
 * An administrator appends no trial data (shared/policy): the event envelope has no administrator role,
 * so the store refuses any write made under an administrator's context; the pages hide those actions first.
 */
export function writeContextOf(user: Pick<SessionUser, 'userId' | 'role'>, protocol: { readonly id: string; readonly version: string }): WriteContext {
  return { userId: user.userId, role: user.role, protocolId: protocol.id, protocolVersion: protocol.version };
}
