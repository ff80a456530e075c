import { useTranslation } from 'react-i18next';
import { LastBackupStatus } from '../features/bundles';
import { TrainingStatus } from '../features/training/TrainingStatus';
import { useDatabase } from './providers/use-database';
import { StorageStatus } from './storage/StorageStatus';

/**
 * The status bar along the bottom: offline, whether the data is protected from eviction, and a warning
 * when space runs low, and the last automatic backup; on the training database, that it is training data.
 * A polite live region.
 */
export function StatusBar() {
  const { t } = useTranslation();
  const { training } = useDatabase();
  return (
    <footer className={training ? 'status-bar status-bar--training' : 'status-bar'}>
      <div role="status" aria-label={t('status.label')} className="status-bar__items">
        <TrainingStatus />
        <span className="status-bar__item">{t('status.offline')}</span>
        <StorageStatus />
        <LastBackupStatus />
      </div>
    </footer>
  );
}
