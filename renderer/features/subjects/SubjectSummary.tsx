import { useTranslation } from 'react-i18next';
import type { SubjectRow } from '../../../shared/events';
import type { Protocol } from '../../../shared/protocol';
import { DetailList, type Detail } from '../../ui';
import { ArmOrKit } from './ArmOrKit';
import { SubjectStatusBadge } from './SubjectStatusBadge';

/** Who the subject is in the study: protocol and version, site, status, demography, day 1, kit or arm. */
export function SubjectSummary({ subject, protocol }: { readonly subject: SubjectRow; readonly protocol: Protocol | undefined }) {
  const { t } = useTranslation();
  const details: Detail[] = [
    { term: t('care.subject.protocol'), value: `${subject.protocolId} · ${t('care.subject.version', { version: subject.protocolVersion })}` },
    { term: t('care.subject.site'), value: subject.siteId, code: true },
    { term: t('care.subject.status'), value: <SubjectStatusBadge status={subject.status} /> },
    { term: t('care.subject.screenedOn'), value: subject.screening.screenedOn },
  ];
  if (subject.sex !== undefined) details.push({ term: t('care.enrol.sex'), value: t(`care.enrol.sexValue.${subject.sex}`) });
  if (subject.birthYear !== undefined) details.push({ term: t('care.enrol.birthYear'), value: String(subject.birthYear) });
  if (subject.ageYears !== undefined) details.push({ term: t('care.enrol.age'), value: String(subject.ageYears) });
  if (subject.day1 !== undefined) details.push({ term: t('care.enrol.day1'), value: subject.day1 });
  if (subject.code !== undefined) {
    details.push({ term: t('care.subject.treatment'), value: <ArmOrKit subject={subject} protocol={protocol} /> });
    if (subject.stage !== undefined) details.push({ term: t('care.subject.stage'), value: String(subject.stage) });
  }
  return <DetailList details={details} />;
}
