import type { CasebookVisit } from '../../../shared/casebook';
import { DetailList, type Detail } from '../../ui';
import { CasebookPart } from './CasebookPart';
import { FormPart } from './FormPart';
import type { CasebookWords } from './use-casebook-words';

/** One visit instance on its own printed page: kind, status and dates, then every form the role may see. */
export function VisitPart({ visit, words }: { readonly visit: CasebookVisit; readonly words: CasebookWords }) {
  const { t, pick } = words;
  const details: Detail[] = [
    { term: t('casebook.visit.status'), value: t(`casebook.visitStatus.${visit.status}`) },
    { term: t('casebook.visit.kind'), value: t(`casebook.visit.kindValue.${visit.kind}`) },
  ];
  if (visit.studyDay !== undefined) details.push({ term: t('casebook.visit.studyDay'), value: String(visit.studyDay) });
  if (visit.targetDate !== undefined) details.push({ term: t('casebook.visit.target'), value: visit.targetDate, code: true });
  if (visit.windowStart !== undefined && visit.windowEnd !== undefined) {
    details.push({ term: t('casebook.visit.window'), value: t('casebook.visit.windowValue', { start: visit.windowStart, end: visit.windowEnd }), code: true });
  }
  if (visit.startedOn !== undefined) details.push({ term: t('casebook.visit.startedOn'), value: visit.startedOn, code: true });
  if (visit.visitDate !== undefined) details.push({ term: t('casebook.visit.visitDate'), value: visit.visitDate, code: true });
  if (visit.notDoneReason !== undefined) details.push({ term: t('casebook.visit.notDoneReason'), value: visit.notDoneReason });
  return (
    <CasebookPart title={pick(visit.label)} newPage className="casebook-visit">
      <DetailList details={details} />
      {!visit.recorded ? <p className="casebook-muted">{t('casebook.visit.nothingRecorded')}</p> : null}
      {visit.recorded && visit.forms.length === 0 ? <p className="casebook-muted">{t('casebook.visit.noForms')}</p> : null}
      {visit.forms.map((form) => (
        <FormPart key={form.formId} form={form} words={words} />
      ))}
    </CasebookPart>
  );
}
