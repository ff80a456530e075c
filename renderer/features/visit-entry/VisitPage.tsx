import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, Page } from '../../ui';

/** Data entry for one visit of one subject. */
export function VisitPage() {
  const { t } = useTranslation();
  const params = useParams();
  const subjectId = params['subjectId'] ?? '';
  const visitId = params['visitId'] ?? '';
  return (
    <Page title={t('page.visit', { visitId })} subtitle={t('visit.ofSubject', { subjectId })}>
      <EmptyState
        message={t('visit.empty')}
        action={<Link to={`/subjects/${encodeURIComponent(subjectId)}`}>{t('visit.backToSubject', { subjectId })}</Link>}
      />
    </Page>
  );
}
