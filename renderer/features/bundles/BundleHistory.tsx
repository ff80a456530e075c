import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/providers';
import { getBundleHistory } from '../../db/backup-state';
import { useLiveQuery } from '../../db/use-live-query';
import { EmptyState } from '../../ui';
import { localWhen } from './format';

/** Bundles exported, imported and restored on this laptop, newest first; an honest empty state before the first. */
export function BundleHistory() {
  const { t } = useTranslation();
  const store = useStore();
  const history = useLiveQuery(() => getBundleHistory(store), [store]);
  if (history.status === 'failed') return <p role="alert" className="notice notice--bad">{history.message}</p>;
  if (history.status === 'loading') return null;
  if (history.value.length === 0) return <EmptyState message={t('bundles.empty')} />;
  return (
    <table className="data-table">
      <caption>{t('bundles.history.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('bundles.history.whenCol')}</th>
          <th scope="col">{t('bundles.history.whatCol')}</th>
          <th scope="col">{t('bundles.history.fileCol')}</th>
          <th scope="col">{t('bundles.history.protocolCol')}</th>
          <th scope="col">{t('bundles.history.eventsCol')}</th>
        </tr>
      </thead>
      <tbody>
        {history.value.map((entry, index) => (
          <tr key={`${entry.at}-${index}`}>
            <td>{localWhen(entry.at)}</td>
            <td>
              {t(`bundles.history.direction.${entry.direction}`)} · {t(`bundles.kind.${entry.kind}`)}
            </td>
            <td>
              <span className="code">{entry.fileName}</span>
            </td>
            <td>{entry.protocolId}</td>
            <td>{entry.events}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
