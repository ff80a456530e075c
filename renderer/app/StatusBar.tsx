import { useTranslation } from 'react-i18next';
import { LastBackupStatus } from '../features/bundles';
import { StorageStatus } from './storage/StorageStatus';

/**
 * The status bar along the bottom: offline, whether the data is protected from eviction, and a warning
 * when space runs low, and the last automatic backup. A polite live region.
 */
export function StatusBar() {
  const { t } = useTranslation();
  return (
    <footer className="status-bar">
      <div role="status" aria-label={t('status.label')} className="status-bar__items">
        <span className="status-bar__item">{t('status.offline')}</span>
        <StorageStatus />
        <LastBackupStatus />
      </div>
    </footer>
  );
}
