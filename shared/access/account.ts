/**
 * A person's account on this laptop, as the rules see it: who they are, their role and whether they are
 * blinded. Credentials (wrapped keys) are not here: they belong to the store and the crypto module.
 */
import { z } from 'zod';
import { POLICY_ROLES } from '../policy';

/** Ids the store generates (UUIDs) or test fixtures use. */
export const userIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/);

/**
 * A login: what a person types to sign in. Lower case, so "Wang.Li" and "wang.li" are one login;
 * letters, digits, dot, dash and underscore, 3–40 characters.
 */
export const loginSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'a login is 3–40 letters, digits, dots, dashes or underscores');

export const displayNameSchema = z.string().trim().min(1).max(80);

export const accountRoleSchema = z.enum(POLICY_ROLES);
export type AccountRole = z.infer<typeof accountRoleSchema>;

export const accountSchema = z.strictObject({
  userId: userIdSchema,
  login: loginSchema,
  displayName: displayNameSchema,
  role: accountRoleSchema,
  /** Blinded people never see the arm, the cell counts or an unblinded-only form. */
  blinded: z.boolean(),
  /** A disabled account cannot sign in; its past records keep its name. */
  disabled: z.boolean(),
});
export type Account = z.infer<typeof accountSchema>;

/** What an administrator fills in to create an account (the password is checked by checkPassword). */
export const newAccountSchema = accountSchema.pick({ login: true, displayName: true, role: true, blinded: true });
export type NewAccount = z.infer<typeof newAccountSchema>;

/** A login as stored and compared: trimmed, lower case (undefined when it cannot be a login). */
export function normaliseLogin(login: string): string | undefined {
  const parsed = loginSchema.safeParse(login);
  return parsed.success ? parsed.data : undefined;
}
