import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPassword } from '../../../shared/access';
import { useLanguage } from '../../i18n';
import { TextField } from './TextField';

export interface PasswordPairProps {
  /** The account's login: a password must not contain it. */
  readonly login: string;
  readonly showErrors: boolean;
  /** The password once both entries agree and it meets the policy; undefined otherwise. */
  readonly onChange: (password: string | undefined) => void;
  /** "New password" wording (reset, change) instead of "Password". */
  readonly fresh?: boolean;
  readonly label?: string;
}

/** A new password typed twice, checked against the password policy (shared/access) as it is typed. */
export function PasswordPair({ login, showErrors, onChange, fresh = false, label }: PasswordPairProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const checked = checkPassword(first, login);
  const policyError = checked.ok ? undefined : checked.issues.map((p) => p.message[language]).join(' ');
  const mismatch = first !== second ? t('access.field.passwordMismatch') : undefined;
  const valid = policyError === undefined && mismatch === undefined;
  useEffect(() => onChange(valid ? first : undefined), [valid, first, onChange]);
  return (
    <>
      <TextField
        type="password"
        autoComplete="new-password"
        label={label ?? t(fresh ? 'access.field.newPassword' : 'access.field.password')}
        hint={t('access.field.passwordHint')}
        value={first}
        onChange={setFirst}
        error={showErrors ? policyError : undefined}
      />
      <TextField
        type="password"
        autoComplete="new-password"
        label={t(fresh ? 'access.field.newPasswordAgain' : 'access.field.passwordAgain')}
        value={second}
        onChange={setSecond}
        error={showErrors && policyError === undefined ? mismatch : undefined}
      />
    </>
  );
}
