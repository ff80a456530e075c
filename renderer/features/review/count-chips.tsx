import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountKey, Lifecycle, ReviewCounts } from '../../../shared/review';

/** The counts a cell shows, most urgent first (the legend lists them in this order). */
export const SHOWN_COUNTS: readonly CountKey[] = [
  'hardViolations',
  'missing',
  'notStarted',
  'softUnconfirmed',
  'openQueries',
  'answeredQueries',
  'pending',
  'accounted',
  'notYetDue',
];

/** The lifecycle stage as a mark in a cell (explained by the legend, and spelled out to screen readers). */
export const LIFECYCLE_GLYPHS: Readonly<Record<Lifecycle, string>> = {
  'not-started': '○',
  'in-progress': '◐',
  complete: '●',
  verified: '✓',
  signed: '◆',
};

/** Every count above zero as a short code and number ("M2 Q1"); nothing when all are zero. */
export function CountChips({ counts }: { readonly counts: ReviewCounts }) {
  const { t } = useTranslation();
  return (
    <span className="review-chips">
      {SHOWN_COUNTS.filter((k) => counts[k] > 0).map((k) => (
        <span key={k} className={`review-chip review-chip--${k}`}>
          {t(`review.code.${k}`)}
          {counts[k]}
        </span>
      ))}
    </span>
  );
}

/** The counts in words: "2 missing, 1 open query" (or "nothing outstanding"). */
export function useCountsText(): (counts: ReviewCounts) => string {
  const { t } = useTranslation();
  return useCallback(
    (counts: ReviewCounts) => {
      const parts = SHOWN_COUNTS.filter((k) => counts[k] > 0).map((k) => t(`review.count.${k}`, { count: counts[k] }));
      return parts.length === 0 ? t('review.grid.nothing') : parts.join(t('review.listSeparator'));
    },
    [t],
  );
}
