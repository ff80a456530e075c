import { useTranslation } from 'react-i18next';
import { EmptyState, Page } from '../../ui';

/** CRF bundles: export from this device, import from others. */
export function BundlesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('page.bundles')}>
      <EmptyState message={t('bundles.empty')} />
    </Page>
  );
}
