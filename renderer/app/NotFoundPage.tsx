import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, Page } from '../ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('page.notFound')}>
      <EmptyState message={t('notFound.body')} action={<Link to="/">{t('notFound.goToday')}</Link>} />
    </Page>
  );
}
