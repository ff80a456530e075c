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
}

/** The forms of the visit, in protocol order, with where each stands. The current one is marked. */
export function FormNavigator({ forms, currentId }: { readonly forms: readonly NavigatorForm[]; readonly currentId: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('entry.nav.label')} className="visit-nav">
      <ol className="visit-nav__list">
        {forms.map((form) => {
          const status = typeof form.status === 'string' ? t(`entry.status.${form.status}`) : t('entry.status.records', { count: form.status.records });
          return (
            <li key={form.id}>
              <Link
                to={{ search: `?form=${encodeURIComponent(form.id)}` }}
                replace
                aria-current={form.id === currentId ? 'page' : undefined}
                className="visit-nav__link"
              >
                <span className="visit-nav__title">{form.title}</span>
                <span className={`visit-nav__status visit-nav__status--${typeof form.status === 'string' ? form.status : 'records'}`}>
                  {status}
                  {form.save === 'saved' ? '' : ` · ${t(`entry.status.save.${form.save}`)}`}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
