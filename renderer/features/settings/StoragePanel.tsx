import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../app/storage/format-bytes';
import { useStorageHealth } from '../../app/storage/use-storage-health';
import { DetailList } from '../../ui';

/** Whether the browser promised to keep the data, and how much space is left. */
export function StoragePanel() {
  const { t } = useTranslation();
  const { persistence, estimate, recheck } = useStorageHealth();
  const protection =
    persistence === undefined
      ? t('settings.loading')
      : !persistence.supported
        ? t('care.storage.unsupported')
        : persistence.persisted
          ? t('care.storage.protected')
          : t('care.storage.notProtected');
  const space =
    estimate === undefined
      ? t('settings.loading')
      : !estimate.supported
        ? t('care.settings.spaceUnknown')
        : t('care.settings.space', { free: formatBytes(estimate.available), used: formatBytes(estimate.usage), quota: formatBytes(estimate.quota) });
  return (
    <>
      <DetailList
        details={[
          { term: t('care.settings.protection'), value: protection },
          { term: t('care.settings.spaceLabel'), value: space },
        ]}
      />
      {persistence?.supported === true && !persistence.persisted ? <p className="notice notice--warning">{t('care.settings.notProtectedHelp')}</p> : null}
      {estimate?.supported === true && estimate.low ? <p className="notice notice--warning">{t('care.storage.low', { free: formatBytes(estimate.available) })}</p> : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={recheck}>
          {t('care.settings.recheck')}
        </button>
      </div>
    </>
  );
}
