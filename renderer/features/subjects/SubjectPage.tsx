import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, Page } from '../../ui';

/** One subject's casebook: visits, status, signatures. */
export function SubjectPage() {
  const { t } = useTranslation();
  const subjectId = useParams()['subjectId'] ?? '';
  return (
    <Page title={t('page.subject', { subjectId })}>
      <EmptyState
        message={t('subject.empty', { subjectId })}
        action={<Link to="/subjects">{t('subject.backToSubjects')}</Link>}
      />
    </Page>
  );
}
