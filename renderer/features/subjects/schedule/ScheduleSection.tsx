import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CareScheduledVisit } from '../../../../shared/care';
import { Section } from '../../../ui';
import { useBilingual } from '../use-bilingual';
import { VisitStatusBadge } from '../VisitStatusBadge';

/** The subject's scheduled visits: target date, window, status, and a link to each. */
export function ScheduleSection({ subjectId, schedule }: { readonly subjectId: string; readonly schedule: readonly CareScheduledVisit[] }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  return (
    <Section title={t('care.schedule.title')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('care.schedule.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('care.schedule.colVisit')}</th>
            <th scope="col">{t('care.schedule.colStudyDay')}</th>
            <th scope="col">{t('care.schedule.colTarget')}</th>
            <th scope="col">{t('care.schedule.colWindow')}</th>
            <th scope="col">{t('care.schedule.colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.map((visit) => (
            <tr key={visit.visit}>
              <th scope="row">
                <Link to={`/subjects/${encodeURIComponent(subjectId)}/visits/${encodeURIComponent(visit.visit)}`}>{pick(visit.label)}</Link>
              </th>
              <td>{visit.studyDay}</td>
              <td>{visit.targetDate}</td>
              <td>{visit.windowStart === visit.windowEnd ? visit.windowStart : t('care.schedule.window', { start: visit.windowStart, end: visit.windowEnd })}</td>
              <td>
                <VisitStatusBadge status={visit.status} />
                {visit.visitDate === undefined ? null : <span className="muted"> {t('care.schedule.doneOn', { date: visit.visitDate })}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
