import { useTranslation } from 'react-i18next';
import { DetailList } from '../../ui';
import { useAppInfo } from './use-app-info';

/** Name, version, platform and device id of this installation (what support and data managers ask for). */
export function AppInfoPanel() {
  const { t } = useTranslation();
  const state = useAppInfo();
  switch (state.status) {
    case 'loading':
      return <p role="status">{t('settings.loading')}</p>;
    case 'failed':
      return <p role="alert">{t('settings.failed', { message: state.message })}</p>;
    case 'ready':
      return (
        <>
          <DetailList
            details={[
              { term: t('settings.appName'), value: state.info.name },
              { term: t('settings.version'), value: state.info.version, code: true },
              { term: t('settings.platform'), value: t(`settings.platformName.${state.info.platform}`) },
              { term: t('settings.deviceId'), value: state.info.deviceId, code: true },
            ]}
          />
          <p className="hint">{t('settings.deviceIdHint')}</p>
        </>
      );
  }
}
