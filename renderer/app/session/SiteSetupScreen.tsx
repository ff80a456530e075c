import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { displayNameSchema, normaliseLogin } from '../../../shared/access';
import { LanguageSwitch } from '../../features/settings/LanguageSwitch';
import { setUpSiteSession, type SessionEnv } from '../providers/session-actions';
import { SITE_ID_PATTERN } from '../providers/session';
import { useAccessMessage } from './access-messages';
import { PasswordPair } from './PasswordPair';
import { TextField } from './TextField';
import '../providers/providers.css';

/**
 * First run: the site number and its administrator (name, login, password twice). Offers the language
 * before anything else. The recovery key follows (RecoveryKeyScreen).
 */
export function SiteSetupScreen({ env }: { readonly env: SessionEnv }) {
  const { t } = useTranslation();
  const message = useAccessMessage();
  const [site, setSite] = useState('');
  const [name, setName] = useState('');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState<string | undefined>(undefined);
  const [tried, setTried] = useState(false);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);

  const siteError = SITE_ID_PATTERN.test(site.trim()) ? undefined : t('access.setup.siteInvalid');
  const nameError = displayNameSchema.safeParse(name).success ? undefined : t('access.field.nameRequired');
  const loginError = normaliseLogin(login) === undefined ? t('access.field.loginInvalid') : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (siteError !== undefined || nameError !== undefined || loginError !== undefined || password === undefined) return;
    setWorking(true);
    setFailure(undefined);
    const done = await setUpSiteSession(env, { siteId: site.trim(), admin: { displayName: name, login, password } });
    setWorking(false);
    if (!done.ok) setFailure(message(done.issues));
  };

  return (
    <main className="who-screen" aria-labelledby="setup-heading">
      <h1 id="setup-heading">{t('access.setup.title')}</h1>
      <p>{t('access.setup.intro')}</p>
      <LanguageSwitch />
      <section aria-labelledby="setup-heading">
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('access.setup.title')}>
          <TextField label={t('access.setup.site')} hint={t('access.setup.siteHint')} value={site} onChange={setSite} error={tried ? siteError : undefined} />
          <TextField label={t('access.setup.adminName')} hint={t('access.field.nameHint')} value={name} onChange={setName} error={tried ? nameError : undefined} />
          <TextField label={t('access.field.login')} hint={t('access.field.loginHint')} value={login} onChange={setLogin} error={tried ? loginError : undefined} />
          <PasswordPair login={login} showErrors={tried} onChange={setPassword} />
          {failure === undefined ? null : (
            <p role="alert" className="form-field__error">
              {failure}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={working}>
              {t('access.setup.submit')}
            </button>
          </div>
          {working ? <p role="status">{t('access.setup.working')}</p> : null}
        </form>
      </section>
    </main>
  );
}
