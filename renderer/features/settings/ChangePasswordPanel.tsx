import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/providers';
import { useAccessMessage } from '../../app/session/access-messages';
import { PasswordPair } from '../../app/session/PasswordPair';
import { TextField } from '../../app/session/TextField';

/** The signed-in person changes their own password (the current one is checked and counts toward lockout). */
export function ChangePasswordPanel() {
  const { t } = useTranslation();
  const session = useSession();
  const message = useAccessMessage();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState<string | undefined>(undefined);
  const [tried, setTried] = useState(false);
  const [round, setRound] = useState(0);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    setOutcome(undefined);
    if (password === undefined) return;
    const done = await session.changePassword(current, password);
    setCurrent('');
    if (!done.ok) {
      setOutcome({ ok: false, text: message(done.issues) });
      return;
    }
    setOutcome({ ok: true, text: t('access.password.done') });
    setTried(false);
    setRound((r) => r + 1);
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('access.password.title')}>
      <TextField label={t('access.field.currentPassword')} type="password" autoComplete="current-password" value={current} onChange={setCurrent} />
      <PasswordPair key={round} login={session.user.login} showErrors={tried} onChange={setPassword} fresh />
      {outcome === undefined ? null : <p role={outcome.ok ? 'status' : 'alert'}>{outcome.text}</p>}
      <div className="form-actions">
        <button type="submit" className="button">
          {t('access.password.submit')}
        </button>
      </div>
    </form>
  );
}
