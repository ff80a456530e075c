import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, Page } from '../../ui';

/** Today's due visits. The visit schedule arrives with the store; until then, an honest empty state. */
export function TodayPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('page.today')}>
      <EmptyState message={t('today.empty')} action={<Link to="/subjects">{t('today.enrolHint')}</Link>} />
    </Page>
  );
}
