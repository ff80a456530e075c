import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntryRow, QueryRow } from '../../../shared/events';
import type { Language, VisitModel } from '../../../shared/forms';
import type { Finding } from '../../../shared/review';
import { QueryButton, queriesAt } from '../queries';
import { recordLabel } from './field-label';

export interface VisitFindingsProps {
  readonly findings: readonly Finding[];
  /** The review has been computed (it reads the subject's rows first). */
  readonly ready: boolean;
  readonly visit: VisitModel;
  readonly rows: readonly EntryRow[];
  readonly language: Language;
  readonly linkTo: (finding: Finding) => { readonly search: string };
  readonly visitId: string;
  readonly visitQueries: readonly QueryRow[];
  readonly onOpenVisitQueries: () => void;
  readonly canRaise: boolean;
}

/**
 * The review's findings on this visit (`?review=1`), in form and field order: what each says, and a link
 * to the field it is about (marked on the form as well). Queries about the visit as a whole are here too.
 */
export function VisitFindings({ findings, ready, visit, rows, language, linkTo, visitId, visitQueries, onOpenVisitQueries, canRaise }: VisitFindingsProps) {
  const { t } = useTranslation();
  const aboutVisit = queriesAt(visitQueries, { visitId });
  const fieldLabel = (f: Finding) =>
    f.itemId === undefined ? undefined : visit.forms.find((m) => m.id === f.formId)?.fields.find((field) => field.key === f.itemId)?.label[language];
  return (
    <section className="visit-findings" aria-labelledby="visit-findings-title">
      <h2 id="visit-findings-title" className="visit-findings__title">
        {t('review.visit.title', { count: findings.length })}
      </h2>
      {!ready ? (
        <p role="status">{t('review.loading')}</p>
      ) : findings.length === 0 ? (
        <p>{t('review.visit.none')}</p>
      ) : (
        <ul className="visit-findings__list">
          {findings.map((f) => {
            const where = recordLabel(visit, rows, f.formId, f.recordId ?? '', language, t);
            const label = fieldLabel(f);
            return (
              <li key={f.key} className={`visit-findings__item visit-findings__item--${f.kind}`}>
                <span className="visit-findings__kind">{t(`review.kind.${f.kind}`)}</span>
                <span className="visit-findings__where">{where}</span>
                <span className="visit-findings__message">{f.message[language]}</span>
                <Link to={linkTo(f)} replace className="visit-findings__go">
                  {label === undefined ? t('review.visit.openForm', { form: where }) : t('review.visit.goTo', { field: label })}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <p className="visit-findings__queries">
        <QueryButton label={t('review.query.aboutVisit', { visit: visit.label[language] })} queries={aboutVisit} canRaise={canRaise} onOpen={onOpenVisitQueries} />
      </p>
    </section>
  );
}
