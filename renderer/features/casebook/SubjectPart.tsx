import type { CasebookView } from '../../../shared/casebook';
import { DetailList, type Detail } from '../../ui';
import { CasebookPart } from './CasebookPart';
import type { CasebookWords } from './use-casebook-words';

/** Who the subject is: code, protocol and version, site, status, demography, day 1, stage, kit (and arm, unblinded only). */
export function SubjectPart({ view, words }: { readonly view: CasebookView; readonly words: CasebookWords }) {
  const { t, pick } = words;
  const s = view.subject;
  const status = t(`casebook.subjectStatus.${s.status}`);
  const details: Detail[] = [
    { term: t('casebook.subject.code'), value: s.code ?? t('casebook.subject.notEnrolled'), code: s.code !== undefined },
    { term: t('casebook.subject.protocol'), value: s.protocolId, code: true },
    { term: t('casebook.subject.version'), value: s.protocolVersion, code: true },
    { term: t('casebook.subject.protocolTitle'), value: pick(s.protocolTitle) },
    { term: t('casebook.subject.site'), value: s.siteId, code: true },
    { term: t('casebook.subject.status'), value: s.statusDate === undefined ? status : t('casebook.subject.statusSince', { status, date: s.statusDate }) },
  ];
  if (s.statusReason !== undefined) details.push({ term: t('casebook.subject.statusReason'), value: s.statusReason });
  details.push({ term: t('casebook.subject.screened'), value: t('casebook.subject.screenedValue', { date: s.screenedOn, result: t(`casebook.screening.${s.screeningResult}`) }) });
  if (s.sex !== undefined) details.push({ term: t('casebook.subject.sex'), value: t(`casebook.sex.${s.sex}`) });
  if (s.birthYear !== undefined) details.push({ term: t('casebook.subject.birthYear'), value: String(s.birthYear) });
  if (s.ageYears !== undefined) details.push({ term: t('casebook.subject.age'), value: String(s.ageYears) });
  if (s.day1 !== undefined) details.push({ term: t('casebook.subject.day1'), value: s.day1, code: true });
  if (s.stage !== undefined) details.push({ term: t('casebook.subject.stage'), value: String(s.stage) });
  if (s.kitNumber !== undefined) details.push({ term: t('casebook.subject.kit'), value: s.kitNumber, code: true });
  if (s.arm !== undefined) details.push({ term: t('casebook.subject.arm'), value: pick(s.arm.label) });
  return (
    <CasebookPart title={t('casebook.subject.title')}>
      <DetailList details={details} />
    </CasebookPart>
  );
}
