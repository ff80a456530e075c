import { useTranslation } from 'react-i18next';
import { formatBytes } from './format-bytes';
import { useStorageHealth } from './use-storage-health';

/** The status bar's storage items: protected from eviction or not, and a warning when space runs low. */
export function StorageStatus() {
  const { t } = useTranslation();
  const { persistence, estimate } = useStorageHealth();
  const protection =
    persistence === undefined
      ? null
      : !persistence.supported
        ? { text: t('care.storage.unsupported'), tone: 'warning' }
        : persistence.persisted
          ? { text: t('care.storage.protected'), tone: 'good' }
          : { text: t('care.storage.notProtected'), tone: 'warning' };
  return (
    <>
      {protection === null ? null : <span className={`status-bar__item status-bar__item--${protection.tone}`}>{protection.text}</span>}
      {estimate?.supported === true && estimate.low ? (
        <span className="status-bar__item status-bar__item--warning">{t('care.storage.low', { free: formatBytes(estimate.available) })}</span>
      ) : null}
    </>
  );
}
