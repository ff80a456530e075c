import { useSession } from '../../app/providers';
import type { ConfirmPassword } from './credentials';

/**
 * The signed-in person's password check for signing and unlocking: the session's, so failures count
 * toward the same lockout as logins and are kept in the security log.
 */
export function useConfirmPassword(): ConfirmPassword {
  return useSession().confirmPassword;
}
