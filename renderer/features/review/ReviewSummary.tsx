import { useTranslation } from 'react-i18next';
import type { ReviewCounts } from '../../../shared/review';
import { SHOWN_COUNTS } from './count-chips';

/** The shown rows' totals, one figure per count, and how many subjects the filters keep. */
export function ReviewSummary({ total, shown, subjects }: { readonly total: ReviewCounts; readonly shown: number; readonly subjects: number }) {
  const { t } = useTranslation();
  return (
    <div className="review-summary">
      <p role="status" className="review-summary__shown">
        {t('review.summary.shown', { shown, count: subjects })}
      </p>
      <dl className="review-summary__counts" aria-label={t('review.summary.title')}>
        {SHOWN_COUNTS.map((k) => (
          <div key={k} className={`review-summary__count review-summary__count--${total[k] > 0 ? 'some' : 'none'}`}>
            <dt>{t(`review.status.${k}`)}</dt>
            <dd>{total[k]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
