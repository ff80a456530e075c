/**
 * The security log: who signed in, who failed, who was locked out, which command was refused. It is
 * device configuration outside the event chain (a failed login is not trial data) but append-only.
 * Entries never hold a password, a key or trial data: ids, logins, roles and event types only.
 */
import { z } from 'zod';
import { EVENT_TYPES } from '../events';
import { accountRoleSchema, userIdSchema } from './account';

export const SECURITY_EVENT_KINDS = [
  'site-set-up',
  'login-succeeded',
  'login-failed',
  'locked-out',
  'login-refused-locked',
  'login-refused-disabled',
  'unlocked',
  'unlock-failed',
  'signed-out',
  'screen-locked',
  'password-changed',
  'password-change-failed',
  'password-reset-by-administrator',
  'password-reset-with-recovery-key',
  'recovery-key-refused',
  'account-created',
  'account-disabled',
  'command-refused',
  'signature-password-failed',
  'signature-password-confirmed',
] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

export const securityLogEntrySchema = z.strictObject({
  kind: z.enum(SECURITY_EVENT_KINDS),
  /** ISO instant from the store's clock. */
  at: z.iso.datetime({ offset: true }),
  /** The account the entry is about, when it is known (not for a login nobody has). */
  userId: userIdSchema.optional(),
  /** The login as typed (trimmed, lower case) for login attempts: an unknown login is logged too. */
  login: z.string().max(200).optional(),
  role: accountRoleSchema.optional(),
  /** Who did it, when it is someone else than `userId` (an administrator creating an account). */
  byUserId: userIdSchema.optional(),
  /** For a refused command: the event type that was refused. */
  eventType: z.enum(EVENT_TYPES).optional(),
  /** For a lockout: until when (ISO instant). */
  until: z.iso.datetime({ offset: true }).optional(),
});
export type SecurityLogEntry = z.infer<typeof securityLogEntrySchema>;
