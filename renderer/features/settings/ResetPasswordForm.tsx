import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, type SessionUser } from '../../app/providers';
import { useAccessMessage } from '../../app/session/access-messages';
import { PasswordPair } from '../../app/session/PasswordPair';

/** The administrator sets a new password for someone who forgot theirs (a lockout is lifted too). */
export function ResetPasswordForm({ user, onClose }: { readonly user: SessionUser; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const message = useAccessMessage();
  const [password, setPassword] = useState<string | undefined>(undefined);
  const [tried, setTried] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (password === undefined) return;
    const done = await session.resetPassword(user.userId, password);
    setOutcome(done.ok ? { ok: true, text: t('access.users.resetDone', { name: user.displayName }) } : { ok: false, text: message(done.issues) });
  };
  const title = t('access.users.resetFor', { name: user.displayName });
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h3>{title}</h3>
      <PasswordPair login={user.login} showErrors={tried} onChange={setPassword} fresh />
      {outcome === undefined ? null : <p role={outcome.ok ? 'status' : 'alert'}>{outcome.text}</p>}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('access.users.resetSubmit')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('care.session.close')}
        </button>
      </div>
    </form>
  );
}
