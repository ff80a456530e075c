import { useTranslation } from 'react-i18next';
import type { QueryStatus } from '../../../shared/events';
import { Badge, type BadgeTone } from '../../ui';

const TONE: Readonly<Record<QueryStatus, BadgeTone>> = { open: 'bad', answered: 'warning', closed: 'good' };

/** A query's state in words (CDISC ODM v2: Open, Answered, Closed). */
export function QueryStateBadge({ status }: { readonly status: QueryStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`review.query.state.${status}`)}</Badge>;
}
