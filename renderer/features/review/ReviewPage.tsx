import { useTranslation } from 'react-i18next';
import { EmptyState, Page } from '../../ui';

/** The monitor's review: missing and out-of-range values, queries, SDV. */
export function ReviewPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('page.review')}>
      <EmptyState message={t('review.empty')} />
    </Page>
  );
}
