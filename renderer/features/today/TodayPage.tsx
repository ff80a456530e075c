import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, Page, Section } from '../../ui';
import { DueVisitsList } from './DueVisitsList';
import { OpenQueriesList } from './OpenQueriesList';
import { useDigitShortcuts } from './use-digit-shortcuts';
import { useTodayWork } from './use-today-work';
import { visitPath } from './visit-path';
import '../subjects/subjects.css';

/** Today's work: visits open or overdue across subjects (keyboard first), and queries to answer. */
export function TodayPage() {
  const { t } = useTranslation();
  const work = useTodayWork();
  useDigitShortcuts(work.status === 'ready' ? work.visits.map((row) => visitPath(row.subject.subjectId, row.visit.visit)) : []);
  if (work.status !== 'ready') {
    return (
      <Page title={t('page.today')}>
        {work.status === 'failed' ? <p role="alert">{t('care.readFailed', { message: work.message })}</p> : <p role="status">{t('care.loading')}</p>}
      </Page>
    );
  }
  if (work.subjectCount === 0) {
    return (
      <Page title={t('page.today')}>
        <EmptyState message={t('today.empty')} action={<Link to="/subjects">{t('today.enrolHint')}</Link>} />
      </Page>
    );
  }
  return (
    <Page title={t('page.today')} subtitle={t('care.today.summary', { visits: work.visits.length, queries: work.queries.length })}>
      <Section title={t('care.today.visitsTitle')}>
        {work.visits.length === 0 ? (
          <EmptyState message={t('care.today.noVisits')} />
        ) : (
          <>
            <p className="hint">{t('care.today.keys')}</p>
            <DueVisitsList visits={work.visits} />
          </>
        )}
      </Section>
      <Section title={t('care.today.queriesTitle')}>
        {work.queries.length === 0 ? <EmptyState message={t('care.today.noQueries')} /> : <OpenQueriesList queries={work.queries} />}
      </Section>
    </Page>
  );
}
