import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unlockSession, type SessionEnv } from '../providers/session-actions';
import type { SessionUser } from '../providers/session';
import { useAccessMessage } from './access-messages';
import { TextField } from './TextField';

export interface LockScreenProps {
  readonly env: SessionEnv;
  readonly user: SessionUser;
  readonly onSignOut: () => void;
}

/**
 * Covers the app after inactivity (or Lock). The app stays mounted underneath, inert and hidden from
 * assistive technology, so a half-typed form keeps its input. Only the same person's password unlocks;
 * someone else signs out, and is warned that unsaved input is lost.
 */
export function LockScreen({ env, user, onSignOut }: LockScreenProps) {
  const { t } = useTranslation();
  const message = useAccessMessage();
  const [password, setPassword] = useState('');
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (working) return;
    setWorking(true);
    setFailure(undefined);
    const done = await unlockSession(env, password);
    setWorking(false);
    setPassword('');
    if (!done.ok) setFailure(message(done.issues));
  };

  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-heading">
      <div className="lock-screen__box">
        <h1 id="lock-heading">{t('access.lock.title')}</h1>
        <p>{t('access.lock.who', { name: user.displayName, role: t(`care.role.${user.role}`) })}</p>
        <p>{t('access.lock.intro')}</p>
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('access.lock.title')}>
          <TextField label={t('access.field.password')} type="password" value={password} onChange={setPassword} autoComplete="current-password" autoFocus />
          {failure === undefined ? null : (
            <p role="alert" className="form-field__error">
              {failure}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={working}>
              {t('access.lock.unlock')}
            </button>
          </div>
        </form>
        <h2>{t('access.lock.otherPerson')}</h2>
        <p className="notice">{t('access.lock.signOutWarning')}</p>
        <button type="button" className="button" onClick={onSignOut}>
          {t('access.lock.signOut')}
        </button>
      </div>
    </div>
  );
}
