import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../providers/providers.css';

/**
 * The recovery key, shown once right after site setup. The app opens only after the administrator confirms
 * it was written down or handed to the data manager; it is never stored in clear and cannot be shown again.
 */
export function RecoveryKeyScreen({ recoveryKey, onDone }: { readonly recoveryKey: string; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const [kept, setKept] = useState(false);
  const keyId = useId();
  return (
    <main className="who-screen" aria-labelledby="recovery-heading">
      <h1 id="recovery-heading">{t('access.recovery.title')}</h1>
      <p>{t('access.recovery.intro')}</p>
      <p className="notice">{t('access.recovery.keep')}</p>
      <section aria-labelledby={keyId}>
        <h2 id={keyId}>{t('access.recovery.keyLabel')}</h2>
        <p className="recovery-key" aria-label={t('access.recovery.keyLabel')} aria-describedby={keyId}>
          <code>{recoveryKey}</code>
        </p>
      </section>
      <label className="check">
        <input type="checkbox" checked={kept} onChange={(e) => setKept(e.target.checked)} />
        <span>{t('access.recovery.confirm')}</span>
      </label>
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={!kept} onClick={onDone}>
          {t('access.recovery.continue')}
        </button>
      </div>
    </main>
  );
}
