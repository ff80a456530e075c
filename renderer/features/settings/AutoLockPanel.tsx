import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTO_LOCK_DEFAULT_MINUTES, autoLockMinutesSchema } from '../../../shared/access';
import { useStore } from '../../app/providers';
import { TextField } from '../../app/session/TextField';
import { getSetting, setSetting } from '../../db';
import { useLiveQuery } from '../../db/use-live-query';

/** How many idle minutes lock the screen (1–60, default 5); the administrator sets it for the laptop. */
export function AutoLockPanel() {
  const { t } = useTranslation();
  const store = useStore();
  const stored = useLiveQuery(() => getSetting(store, 'autoLockMinutes'), [store]);
  const current = stored.status === 'ready' ? (stored.value ?? AUTO_LOCK_DEFAULT_MINUTES) : AUTO_LOCK_DEFAULT_MINUTES;
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState<number | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const text = typed ?? String(current);
  const parsed = autoLockMinutesSchema.safeParse(/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    setSaved(undefined);
    if (!parsed.success) return;
    const done = await setSetting(store, 'autoLockMinutes', parsed.data);
    if (done.ok) setSaved(parsed.data);
    else setFailure(t('access.error.storage', { message: done.issues.message }));
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('access.autoLock.title')}>
      <TextField
        label={t('access.autoLock.minutes')}
        hint={t('access.autoLock.hint')}
        value={text}
        onChange={setTyped}
        error={tried && !parsed.success ? t('access.autoLock.invalid') : undefined}
      />
      <div className="form-actions">
        <button type="submit" className="button">
          {t('access.autoLock.save')}
        </button>
      </div>
      {saved === undefined ? null : <p role="status">{t('access.autoLock.saved', { count: saved })}</p>}
      {failure === undefined ? null : <p role="alert">{failure}</p>}
    </form>
  );
}
