import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../features/settings/LanguageSwitch';
import { signIn, type SessionEnv } from '../providers/session-actions';
import { useAccessMessage } from './access-messages';
import { ForgotPasswordForm } from './ForgotPasswordForm';
import { TextField } from './TextField';
import '../providers/providers.css';

/** Sign-in: login and password; a lockout says until when; "Forgot password?" resets with the recovery key. */
export function LoginScreen({ env }: { readonly env: SessionEnv }) {
  const { t } = useTranslation();
  const message = useAccessMessage();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [forgot, setForgot] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (working) return;
    setWorking(true);
    setFailure(undefined);
    setNotice(undefined);
    const done = await signIn(env, login, password);
    // On success the provider replaces this screen with the app.
    if (!done.ok) {
      setWorking(false);
      setPassword('');
      setFailure(message(done.issues));
    }
  };

  if (forgot) {
    return (
      <main className="who-screen" aria-labelledby="reset-heading">
        <h1 id="reset-heading">{t('access.reset.title')}</h1>
        <ForgotPasswordForm
          env={env}
          initialLogin={login}
          onDone={() => {
            setForgot(false);
            setFailure(undefined);
            setNotice(t('access.reset.done'));
          }}
          onCancel={() => setForgot(false)}
        />
      </main>
    );
  }

  return (
    <main className="who-screen" aria-labelledby="login-heading">
      <h1 id="login-heading">{t('access.login.title')}</h1>
      <p>{t('access.login.intro')}</p>
      <LanguageSwitch />
      <section aria-labelledby="login-heading">
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('access.login.title')}>
          {notice === undefined ? null : <p role="status">{notice}</p>}
          <TextField label={t('access.field.login')} value={login} onChange={setLogin} autoComplete="username" />
          <TextField label={t('access.field.password')} type="password" value={password} onChange={setPassword} autoComplete="current-password" />
          {failure === undefined ? null : (
            <p role="alert" className="form-field__error">
              {failure}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={working}>
              {t('access.login.submit')}
            </button>
            <button type="button" className="button" onClick={() => setForgot(true)}>
              {t('access.login.forgot')}
            </button>
          </div>
          {working ? <p role="status">{t('access.login.working')}</p> : null}
        </form>
      </section>
    </main>
  );
}
