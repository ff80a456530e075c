import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ArmOrKit } from '../ArmOrKit';
import { subjectLabel } from '../subject-label';
import { SubjectStatusBadge } from '../SubjectStatusBadge';
import { useBilingual } from '../use-bilingual';
import { VisitStatusBadge } from '../VisitStatusBadge';
import type { SubjectListRow } from './use-subject-rows';

/** One row per subject: code (a link), status, kit or arm as this user may see it, next visit. */
export function SubjectsTable({ rows, caption }: { readonly rows: readonly SubjectListRow[]; readonly caption: string }) {
  const { t } = useTranslation();
  const pick = useBilingual();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('care.subjects.colSubject')}</th>
          <th scope="col">{t('care.subjects.colStatus')}</th>
          <th scope="col">{t('care.subjects.colTreatment')}</th>
          <th scope="col">{t('care.subjects.colNext')}</th>
          <th scope="col">{t('care.subjects.colVersion')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ subject, protocol, next }) => (
          <tr key={subject.subjectId}>
            <th scope="row">
              <Link to={`/subjects/${encodeURIComponent(subject.subjectId)}`}>{subjectLabel(subject)}</Link>
            </th>
            <td>
              <SubjectStatusBadge status={subject.status} />
            </td>
            <td>
              <ArmOrKit subject={subject} protocol={protocol} />
            </td>
            <td>
              {next === undefined ? (
                <span className="muted">{subject.day1 === undefined ? t('care.subjects.noSchedule') : t('care.subjects.noneDue')}</span>
              ) : (
                <span>
                  {pick(next.label)} · {t('care.schedule.target', { date: next.targetDate })} <VisitStatusBadge status={next.status} />
                </span>
              )}
            </td>
            <td className="code">{subject.protocolVersion}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
