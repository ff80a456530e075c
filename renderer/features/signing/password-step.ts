import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/lib/result';
import type { WriteError } from '../../db';
import { localStamp } from '../../forms';
import type { ConfirmPassword, PasswordFailure } from './credentials';

/**
 * The last step of signing and unlocking: the password is checked first, and only a confirmed password
 * lets the write happen. A wrong password, a lockout or a refused write leaves an error on screen and
 * nothing written; the password field is emptied after each try.
 */
export function usePasswordStep(confirmPassword: ConfirmPassword, failedKey: 'signing.errors.writeFailed' | 'signing.errors.voidFailed') {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const failureText = (failure: PasswordFailure): string => {
    switch (failure.kind) {
      case 'wrong-password':
        return t('signing.errors.wrongPassword');
      case 'locked-out':
        return failure.until === undefined ? t('signing.errors.lockedOutSoon') : t('signing.errors.lockedOut', { until: localStamp(failure.until) });
      case 'unavailable':
        return t('signing.errors.checkFailed', { kind: failure.detail ?? '' });
    }
  };

  /** Confirms the password, then runs the write; true when it was written. */
  const run = async (write: () => Promise<Result<unknown, WriteError>>): Promise<boolean> => {
    setBusy(true);
    try {
      const confirmed = await confirmPassword(password);
      setPassword('');
      if (!confirmed.ok) {
        setError(failureText(confirmed.issues));
        return false;
      }
      const written = await write();
      if (!written.ok) {
        setError(t(failedKey, { message: written.issues.message }));
        return false;
      }
      setError(null);
      return true;
    } finally {
      setBusy(false);
    }
  };

  return { password, setPassword, error, busy, run };
}
