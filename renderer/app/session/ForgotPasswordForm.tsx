import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { resetWithRecoveryKey, type SessionEnv } from '../providers/session-actions';
import { useAccessMessage } from './access-messages';
import { PasswordPair } from './PasswordPair';
import { TextField } from './TextField';

export interface ForgotPasswordFormProps {
  readonly env: SessionEnv;
  readonly initialLogin: string;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}

/** Login + recovery key + the new password twice: the recovery key's wrap of the data key is re-wrapped for that login. */
export function ForgotPasswordForm({ env, initialLogin, onDone, onCancel }: ForgotPasswordFormProps) {
  const { t } = useTranslation();
  const message = useAccessMessage();
  const [login, setLogin] = useState(initialLogin);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [password, setPassword] = useState<string | undefined>(undefined);
  const [tried, setTried] = useState(false);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (password === undefined || working) return;
    setWorking(true);
    setFailure(undefined);
    const done = await resetWithRecoveryKey(env, login, recoveryKey, password);
    setWorking(false);
    if (done.ok) onDone();
    else setFailure(message(done.issues));
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('access.reset.title')}>
      <p>{t('access.reset.intro')}</p>
      <TextField label={t('access.field.login')} value={login} onChange={setLogin} autoComplete="username" />
      <TextField label={t('access.reset.recoveryKey')} hint={t('access.reset.recoveryKeyHint')} value={recoveryKey} onChange={setRecoveryKey} />
      <PasswordPair login={login} showErrors={tried} onChange={setPassword} fresh />
      {failure === undefined ? null : (
        <p role="alert" className="form-field__error">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={working}>
          {t('access.reset.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('access.reset.back')}
        </button>
      </div>
    </form>
  );
}
