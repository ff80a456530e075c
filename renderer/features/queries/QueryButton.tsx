import { useTranslation } from 'react-i18next';
import type { QueryRow } from '../../../shared/events';
import { tallyQueries } from './query-place';

export interface QueryButtonProps {
  /** The field's label, for the button's accessible name. */
  readonly label: string;
  readonly queries: readonly QueryRow[];
  /** The person may raise a query (a monitor): offered even when there is none yet. */
  readonly canRaise: boolean;
  readonly onOpen: () => void;
}

/**
 * The queries of a field beside it: "Query: Open", "Queries: 1 open, 1 closed"… in words and colour;
 * it opens the threads. Without queries, a monitor gets "Raise query"; others see nothing.
 */
export function QueryButton({ label, queries, canRaise, onOpen }: QueryButtonProps) {
  const { t } = useTranslation();
  const tally = tallyQueries(queries);
  if (tally.top === undefined) {
    if (!canRaise) return null;
    return (
      <button type="button" className="button entry-small-button" aria-label={t('review.query.raiseOn', { label })} onClick={onOpen}>
        {t('review.query.raiseShort')}
      </button>
    );
  }
  const parts = (['open', 'answered', 'closed'] as const).filter((s) => tally[s] > 0).map((s) => t(`review.query.tally.${s}`, { count: tally[s] }));
  const text = t('review.query.badge', { states: parts.join(', ') });
  return (
    <button type="button" className={`button entry-small-button query-button query-button--${tally.top}`} aria-label={t('review.query.badgeOf', { label, states: parts.join(', ') })} onClick={onOpen}>
      {text}
    </button>
  );
}
