import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, CountKey, GridColumn, GridFilter, SiteReview } from '../../../shared/review';
import { useLanguage } from '../../i18n';
import { SHOWN_COUNTS } from './count-chips';

export interface ReviewFiltersProps {
  readonly protocols: readonly { readonly id: string; readonly subjects: number }[];
  readonly protocolId: string;
  readonly onProtocol: (id: string) => void;
  readonly sites: readonly SiteReview[];
  readonly visits: readonly GridColumn[];
  readonly forms: readonly { readonly formId: string; readonly title: Bilingual }[];
  readonly filter: GridFilter;
  readonly onChange: (filter: GridFilter) => void;
}

const isCountKey = (value: string): value is CountKey => (SHOWN_COUNTS as readonly string[]).includes(value);
const orUndefined = (value: string) => (value === '' ? undefined : value);

/** The grid's filters (protocol, site, visit, form, status, has an open query); the findings list follows them. */
export function ReviewFilters({ protocols, protocolId, onProtocol, sites, visits, forms, filter, onChange }: ReviewFiltersProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const set = (patch: GridFilter) => onChange({ ...filter, ...patch });
  const any = filter.siteId !== undefined || filter.visitDefId !== undefined || filter.formId !== undefined || filter.status !== undefined || filter.openQuery === true;
  return (
    <form className="review-filters" aria-label={t('review.filters.title')} onSubmit={(e) => e.preventDefault()}>
      <div className="review-filters__field review-filters__field--protocol">
        <label htmlFor={`${id}-protocol`}>{t('review.filters.protocol')}</label>
        <select id={`${id}-protocol`} value={protocolId} onChange={(e) => onProtocol(e.target.value)}>
          {protocols.map((p) => (
            <option key={p.id} value={p.id}>
              {t('review.filters.protocolOption', { id: p.id, count: p.subjects })}
            </option>
          ))}
        </select>
      </div>
      <div className="review-filters__field">
        <label htmlFor={`${id}-site`}>{t('review.filters.site')}</label>
        <select id={`${id}-site`} value={filter.siteId ?? ''} onChange={(e) => set({ siteId: orUndefined(e.target.value) })}>
          <option value="">{t('review.filters.allSites')}</option>
          {sites.map((s) => (
            <option key={s.siteId} value={s.siteId}>
              {t('review.filters.siteOption', { site: s.siteId, count: s.subjects })}
            </option>
          ))}
        </select>
      </div>
      <div className="review-filters__field">
        <label htmlFor={`${id}-visit`}>{t('review.filters.visit')}</label>
        <select id={`${id}-visit`} value={filter.visitDefId ?? ''} onChange={(e) => set({ visitDefId: orUndefined(e.target.value) })}>
          <option value="">{t('review.filters.allVisits')}</option>
          {visits.map((v) => (
            <option key={v.visitDefId} value={v.visitDefId}>
              {v.label[language]}
            </option>
          ))}
        </select>
      </div>
      <div className="review-filters__field">
        <label htmlFor={`${id}-form`}>{t('review.filters.form')}</label>
        <select id={`${id}-form`} value={filter.formId ?? ''} onChange={(e) => set({ formId: orUndefined(e.target.value) })}>
          <option value="">{t('review.filters.allForms')}</option>
          {forms.map((f) => (
            <option key={f.formId} value={f.formId}>
              {f.title[language]}
            </option>
          ))}
        </select>
      </div>
      <div className="review-filters__field">
        <label htmlFor={`${id}-status`}>{t('review.filters.status')}</label>
        <select
          id={`${id}-status`}
          value={filter.status ?? ''}
          onChange={(e) => set({ status: isCountKey(e.target.value) ? e.target.value : undefined })}
        >
          <option value="">{t('review.filters.anyStatus')}</option>
          {SHOWN_COUNTS.filter((k) => k !== 'openQueries').map((k) => (
            <option key={k} value={k}>
              {t(`review.status.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="check review-filters__check">
        <input type="checkbox" checked={filter.openQuery === true} onChange={(e) => set({ openQuery: e.target.checked ? true : undefined })} />
        <span>{t('review.filters.openQuery')}</span>
      </label>
      <button type="button" className="button" disabled={!any} onClick={() => onChange({})}>
        {t('review.filters.clear')}
      </button>
    </form>
  );
}
