import type { SettingValue, WriteContext } from '../../db';

/** A person using this laptop, as chosen on the "who is using this laptop" screen (a role switch, not a login). */
export type SessionUser = SettingValue<'users'>[number];
export type SessionRole = SessionUser['role'];

export const SESSION_ROLES = ['nurse', 'investigator', 'monitor', 'data-manager'] as const satisfies readonly SessionRole[];

/** A site id as it starts a subject code: letters and digits ("03", "BJ302"). */
export const SITE_ID_PATTERN = /^[A-Za-z0-9]{1,16}$/;

/** What a page writes under: the current user and role, and the protocol version of the data. */
export function writeContextOf(user: SessionUser, protocol: { readonly id: string; readonly version: string }): WriteContext {
  return { userId: user.userId, role: user.role, protocolId: protocol.id, protocolVersion: protocol.version };
}
