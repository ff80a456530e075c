import type { EventType } from '../../shared/events';
import { canAppend } from '../../shared/policy';
import { useLanguage } from '../i18n';
import { useSession } from './providers/use-session';

export type Permission = { readonly allowed: true } | { readonly allowed: false; readonly why: string };

/**
 * Whether the current user's role may make this kind of record (shared/policy, the rule the store also
 * enforces), with the reason in the current language when not: pages hide or explain what a role cannot do.
 */
export function useCan(eventType: EventType): Permission {
  const { user } = useSession();
  const [language] = useLanguage();
  const result = canAppend(user.role, eventType);
  return result.ok ? { allowed: true } : { allowed: false, why: result.issues.message[language] };
}
