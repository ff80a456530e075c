import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FormStatus } from '../../../shared/events';
import type { SaveSummary } from '../../forms';

export interface NavigatorForm {
  readonly id: string;
  readonly title: string;
  /** Single forms: their status; repeating forms: how many records. */
  readonly status: FormStatus | { readonly records: number };
  /** Whether everything on it is stored (saved), being stored, or not (unsaved, failed). */
  readonly save: SaveSummary;
  /** Beyond complete: every value source-verified, or signed. */
  readonly stage?: 'verified' | 'signed';
  /** With the review marks on: how many findings the form has. */
  readonly findings?: number;
}

export interface FormNavigatorProps {
  readonly forms: readonly NavigatorForm[];
  readonly currentId: string;
  /** Search parameters every link keeps (the review marks). */
  readonly keep?: Readonly<Record<string, string>>;
}

/** The forms of the visit, in protocol order, with where each stands. The current one is marked. */
export function FormNavigator({ forms, currentId, keep = {} }: FormNavigatorProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('entry.nav.label')} className="visit-nav">
      <ol className="visit-nav__list">
        {forms.map((form) => {
          const status = typeof form.status === 'string' ? t(`entry.status.${form.status}`) : t('entry.status.records', { count: form.status.records });
          const search = new URLSearchParams({ ...keep, form: form.id });
          return (
            <li key={form.id}>
              <Link to={{ search: `?${search.toString()}` }} replace aria-current={form.id === currentId ? 'page' : undefined} className="visit-nav__link">
                <span className="visit-nav__title">{form.title}</span>
                <span className={`visit-nav__status visit-nav__status--${typeof form.status === 'string' ? form.status : 'records'}`}>
                  {status}
                  {form.stage === undefined ? '' : ` · ${t(`review.lifecycle.${form.stage}`)}`}
                  {form.save === 'saved' ? '' : ` · ${t(`entry.status.save.${form.save}`)}`}
                </span>
                {form.findings === undefined || form.findings === 0 ? null : (
                  <span className="visit-nav__findings">{t('review.visit.findingCount', { count: form.findings })}</span>
                )}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
