import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { displayNameSchema, normaliseLogin, type AccountRole } from '../../../shared/access';
import { SESSION_ROLES, useSession } from '../../app/providers';
import { useAccessMessage } from '../../app/session/access-messages';
import { PasswordPair } from '../../app/session/PasswordPair';
import { TextField } from '../../app/session/TextField';
import { Field } from '../../ui';

const isRole = (value: string): value is AccountRole => (SESSION_ROLES as readonly string[]).includes(value);

/** A new account: name, login, role, blinded, and the initial password (twice) the administrator hands over. */
export function CreateAccountForm() {
  const { t } = useTranslation();
  const session = useSession();
  const message = useAccessMessage();
  const [name, setName] = useState('');
  const [login, setLogin] = useState('');
  const [role, setRole] = useState<AccountRole>('nurse');
  const [blinded, setBlinded] = useState(true);
  const [password, setPassword] = useState<string | undefined>(undefined);
  const [tried, setTried] = useState(false);
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>(undefined);
  const [round, setRound] = useState(0);

  const nameError = displayNameSchema.safeParse(name).success ? undefined : t('access.field.nameRequired');
  const loginError = normaliseLogin(login) === undefined ? t('access.field.loginInvalid') : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    setOutcome(undefined);
    if (nameError !== undefined || loginError !== undefined || password === undefined || working) return;
    setWorking(true);
    const done = await session.createAccount({ displayName: name, login, role, blinded, password });
    setWorking(false);
    if (!done.ok) {
      setOutcome({ ok: false, text: message(done.issues) });
      return;
    }
    setOutcome({ ok: true, text: t('access.users.created', { name: done.value.displayName, login: done.value.login }) });
    setName('');
    setLogin('');
    setTried(false);
    setRound((r) => r + 1);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('access.users.create')}>
      <h3>{t('access.users.create')}</h3>
      <TextField label={t('access.field.name')} hint={t('access.field.nameHint')} value={name} onChange={setName} error={tried ? nameError : undefined} />
      <TextField label={t('access.field.login')} hint={t('access.field.loginHint')} value={login} onChange={setLogin} error={tried ? loginError : undefined} />
      <Field label={t('access.field.role')}>
        {(control) => (
          <select {...control} value={role} onChange={(e) => isRole(e.target.value) && setRole(e.target.value)}>
            {SESSION_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`care.role.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="check">
        <input type="checkbox" checked={blinded} onChange={(e) => setBlinded(e.target.checked)} />
        <span>{t('access.field.blinded')}</span>
      </label>
      <PasswordPair key={round} login={login} showErrors={tried} onChange={setPassword} label={t('access.users.initialPassword')} />
      {outcome === undefined ? null : <p role={outcome.ok ? 'status' : 'alert'}>{outcome.text}</p>}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={working}>
          {t('access.users.createSubmit')}
        </button>
      </div>
    </form>
  );
}
