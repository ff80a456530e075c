import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessFailure } from '../../db';
import { useLanguage } from '../../i18n';

/** A lockout end as the clock on the ward shows it (local time, with the date when it is not today). */
export function formatUntil(until: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short' }).format(new Date(until));
}

/** What to tell the person about a refused account operation, in the current language. */
export function useAccessMessage(): (failure: AccessFailure) => string {
  const { t, i18n } = useTranslation();
  const [language] = useLanguage();
  return useCallback(
    (failure: AccessFailure): string => {
      switch (failure.kind) {
        case 'invalid':
          if (failure.passwordProblems !== undefined) return failure.passwordProblems.map((p) => p.message[language]).join(' ');
          return failure.issues.map((i) => i.message).join(' ');
        case 'wrong-login-or-password':
          return t('access.login.wrong');
        case 'wrong-password':
          return t('access.lock.wrong');
        case 'locked-out':
          return t('access.login.locked', { time: formatUntil(failure.until, i18n.language) });
        case 'disabled':
          return t('access.login.disabled');
        case 'forbidden':
          return t('access.error.forbidden');
        case 'login-taken':
          return t('access.users.loginTaken');
        case 'unknown-account':
          return t('access.reset.unknownLogin');
        case 'recovery-key-invalid':
          switch (failure.problem) {
            case 'recovery-key.length':
              return t('access.reset.keyLength');
            case 'recovery-key.characters':
              return t('access.reset.keyCharacters');
            case 'recovery-key.checksum':
              return t('access.reset.keyChecksum');
            case 'wrong-key':
              return t('access.reset.wrongKey');
          }
          return t('access.reset.wrongKey');
        case 'storage':
          return t('access.error.storage', { message: failure.error.message });
        case 'already-set-up':
        case 'not-set-up':
          return t('access.error.generic', { kind: failure.kind });
      }
    },
    [t, i18n.language, language],
  );
}
