import { useTranslation } from 'react-i18next';
import './providers.css';

/** Shown for the moment the store takes to open at start-up. */
export function StartupScreen() {
  const { t } = useTranslation();
  return (
    <main className="startup-screen">
      <p role="status">{t('care.store.opening')}</p>
    </main>
  );
}
