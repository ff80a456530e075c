import { useTranslation } from 'react-i18next';
import { EmptyState, Page } from '../../ui';

/** The subjects enrolled on this device. */
export function SubjectsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('page.subjects')}>
      <EmptyState message={t('subjects.empty')} />
    </Page>
  );
}
