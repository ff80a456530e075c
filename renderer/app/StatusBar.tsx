import { useTranslation } from 'react-i18next';

/**
 * The status bar along the bottom. Later issues add the saved state, the last backup and the
 * training-database banner here; it is a polite live region so those changes are announced.
 */
export function StatusBar() {
  const { t } = useTranslation();
  return (
    <footer className="status-bar">
      <div role="status" aria-label={t('status.label')} className="status-bar__items">
        <span className="status-bar__item">{t('status.offline')}</span>
      </div>
    </footer>
  );
}
