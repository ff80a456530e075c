import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { subjectSchedule } from '../../../shared/care';
import { useProtocols, useStore } from '../../app/providers';
import { useToday } from '../../app/use-today';
import { subjectWithVisits } from '../../db/care-reads';
import { useLiveQuery } from '../../db/use-live-query';
import { EmptyState, Page, Section } from '../../ui';
import { AssignmentSection } from './allocation/AssignmentSection';
import { EnrolmentSection } from './enrolment/EnrolmentSection';
import { SubjectPlots } from './plots/SubjectPlots';
import { OnDemandVisits } from './schedule/OnDemandVisits';
import { ScheduleSection } from './schedule/ScheduleSection';
import { ScreeningSection } from './screening/ScreeningSection';
import { StatusChangeSection } from './status/StatusChangeSection';
import { subjectLabel } from './subject-label';
import { SubjectSummary } from './SubjectSummary';
import './subjects.css';

const BEFORE_ENROLMENT = ['screening', 'eligible', 'screen-failed'];

/** One subject: screening and enrolment until enrolled, then the kit, the schedule, on-demand visits and status. */
export function SubjectPage() {
  const { t } = useTranslation();
  const store = useStore();
  const { get } = useProtocols();
  const today = useToday();
  const subjectId = useParams()['subjectId'] ?? '';
  const data = useLiveQuery(() => subjectWithVisits(store, subjectId), [store, subjectId]);
  if (data.status === 'loading') {
    return (
      <Page title={t('care.subject.title')}>
        <p role="status">{t('care.loading')}</p>
      </Page>
    );
  }
  if (data.status === 'failed' || data.value === undefined) {
    return (
      <Page title={t('page.subject', { subjectId })}>
        {data.status === 'failed' ? <p role="alert">{t('care.readFailed', { message: data.message })}</p> : null}
        <EmptyState message={t('subject.empty', { subjectId })} action={<Link to="/subjects">{t('subject.backToSubjects')}</Link>} />
      </Page>
    );
  }
  const { subject, visits } = data.value;
  const protocol = get(subject.protocolId, subject.protocolVersion);
  const schedule = protocol === undefined ? undefined : subjectSchedule(protocol, subject, visits, today);
  const enrolled = !BEFORE_ENROLMENT.includes(subject.status);
  const reached = (visitId: string) => schedule?.ok === true && schedule.value.some((v) => v.visit === visitId && v.status !== 'not-yet-due');
  return (
    <Page title={t('page.subject', { subjectId: subjectLabel(subject) })} subtitle={t('care.subject.subtitle', { protocol: subject.protocolId })}>
      <p>
        <Link to={`/subjects?protocol=${encodeURIComponent(subject.protocolId)}`}>{t('subject.backToSubjects')}</Link>
      </p>
      <p><Link to={`/subjects/${encodeURIComponent(subject.subjectId)}/casebook`}>{t('casebook.open')}</Link></p>
      <Section title={t('care.subject.summary')}>
        <SubjectSummary subject={subject} protocol={protocol} />
      </Section>
      {protocol === undefined ? (
        <p role="alert" className="notice notice--bad">
          {t('care.subject.protocolMissing', { protocol: subject.protocolId, version: subject.protocolVersion })}
        </p>
      ) : (
        <>
          {enrolled ? null : <ScreeningSection subject={subject} protocol={protocol} />}
          {subject.status === 'eligible' ? <EnrolmentSection subject={subject} protocol={protocol} /> : null}
          {enrolled ? <AssignmentSection subject={subject} protocol={protocol} visitReached={reached} /> : null}
          {enrolled && schedule?.ok === true ? <ScheduleSection subjectId={subject.subjectId} schedule={schedule.value} /> : null}
          {enrolled ? <SubjectPlots subject={subject} protocol={protocol} /> : null}
          {enrolled ? <OnDemandVisits subject={subject} protocol={protocol} visits={visits} /> : null}
          {enrolled ? <StatusChangeSection subject={subject} /> : null}
          {enrolled ? (
            <details className="section">
              <summary>{t('care.screening.recordTitle')}</summary>
              <ScreeningSection subject={subject} protocol={protocol} />
            </details>
          ) : null}
        </>
      )}
    </Page>
  );
}
