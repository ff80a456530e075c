import { useTranslation } from 'react-i18next';
import { CELL_TONES, LIFECYCLE_STAGES } from '../../../shared/review';
import { LIFECYCLE_GLYPHS, SHOWN_COUNTS } from './count-chips';

/** What the grid's colours, codes and marks mean, in the UI language; always shown, never a tooltip. */
export function ReviewLegend() {
  const { t } = useTranslation();
  return (
    <div className="review-legend">
      <div>
        <h3 className="review-legend__title">{t('review.legend.colours')}</h3>
        <ul className="review-legend__list">
          {CELL_TONES.map((tone) => (
            <li key={tone}>
              <span className={`review-legend__swatch review-cell--${tone}`} aria-hidden="true" /> {t(`review.tone.${tone}`)}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="review-legend__title">{t('review.legend.codes')}</h3>
        <ul className="review-legend__list">
          {SHOWN_COUNTS.map((k) => (
            <li key={k}>
              <span className={`review-chip review-chip--${k}`}>{t(`review.code.${k}`)}</span> {t(`review.status.${k}`)}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="review-legend__title">{t('review.legend.stages')}</h3>
        <ul className="review-legend__list">
          {LIFECYCLE_STAGES.map((stage) => (
            <li key={stage}>
              <span className="review-legend__glyph" aria-hidden="true">
                {LIFECYCLE_GLYPHS[stage]}
              </span>{' '}
              <strong>{t(`review.lifecycle.${stage}`)}</strong>: {t(`review.lifecycleHelp.${stage}`)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
