import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getItem } from '../../../shared/catalogue';
import type { QueryRow, QueryStatus } from '../../../shared/events';
import type { Bilingual, ProtocolReview } from '../../../shared/review';
import { localStamp } from '../../forms';
import { useLanguage } from '../../i18n';
import { Badge } from '../../ui';
import { inReadingOrder, QueryStateBadge } from '../queries';
import { queryLinkState } from '../visit-entry/visit-links';

type Shown = 'unresolved' | QueryStatus | 'all';
const SHOWN: readonly Shown[] = ['unresolved', 'open', 'answered', 'closed', 'all'];
const isShown = (v: string): v is Shown => (SHOWN as readonly string[]).includes(v);

export interface ReviewQueriesProps {
  readonly review: ProtocolReview;
  /** The queries the reviewer may read (shared/review visibleQueries). */
  readonly queries: readonly QueryRow[];
  readonly siteId?: string | undefined;
}

/**
 * The protocol's queries in one list: by default those waiting for someone (Open: the site; Answered:
 * the monitor), any state on request; each opens its visit with the thread shown.
 */
export function ReviewQueries({ review, queries, siteId }: ReviewQueriesProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const [shown, setShown] = useState<Shown>('unresolved');
  const subjects = useMemo(() => new Map(review.subjects.map((s) => [s.subjectId, s])), [review]);
  const labels = useMemo(() => {
    const out = new Map<string, { visit: Bilingual; forms: Map<string, Bilingual> }>();
    for (const s of review.subjects) for (const v of s.visits) out.set(`${s.subjectId}/${v.visitId}`, { visit: v.label, forms: new Map(v.forms.map((f) => [f.formId, f.title])) });
    return out;
  }, [review]);
  const listed = inReadingOrder(
    queries.filter((q) => {
      if (siteId !== undefined && subjects.get(q.subjectId)?.siteId !== siteId) return false;
      if (shown === 'all') return true;
      if (shown === 'unresolved') return q.status !== 'closed';
      return q.status === shown;
    }),
  );
  const placeOf = (q: QueryRow): string => {
    const known = labels.get(`${q.subjectId}/${q.visitId ?? ''}`);
    const parts: string[] = [];
    if (q.visitId !== undefined) parts.push(known?.visit[language] ?? q.visitId);
    if (q.formId !== undefined) parts.push(known?.forms.get(q.formId)?.[language] ?? q.formId);
    if (q.itemId !== undefined) {
      const item = getItem(q.itemId);
      parts.push(item.ok ? item.value.label[language] : q.itemId);
    }
    return parts.length === 0 ? t('review.queries.aboutSubject') : parts.join(' › ');
  };
  return (
    <div className="review-queries">
      <div className="review-filters__field">
        <label htmlFor={`${id}-shown`}>{t('review.queries.show')}</label>
        <select id={`${id}-shown`} value={shown} onChange={(e) => isShown(e.target.value) && setShown(e.target.value)}>
          {SHOWN.map((s) => (
            <option key={s} value={s}>
              {t(`review.queries.shown.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {listed.length === 0 ? (
        <p>{t('review.queries.none')}</p>
      ) : (
        <table className="data-table review-queries__table" aria-label={t('review.queries.title')}>
          <thead>
            <tr>
              <th scope="col">{t('review.queries.col.subject')}</th>
              <th scope="col">{t('review.queries.col.place')}</th>
              <th scope="col">{t('review.queries.col.text')}</th>
              <th scope="col">{t('review.queries.col.state')}</th>
              <th scope="col">{t('review.queries.col.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {listed.map((q) => {
              const subject = subjects.get(q.subjectId);
              const code = subject?.code ?? q.subjectId;
              const to = q.visitId === undefined ? `/subjects/${encodeURIComponent(q.subjectId)}` : `/subjects/${encodeURIComponent(q.subjectId)}/visits/${encodeURIComponent(q.visitId)}`;
              return (
                <tr key={q.queryId}>
                  <td>{code}</td>
                  <td>
                    <Link to={to} state={q.visitId === undefined ? undefined : queryLinkState(q)}>
                      {placeOf(q)}
                    </Link>
                  </td>
                  <td className="review-queries__text">
                    {q.text}
                    {q.system ? (
                      <>
                        {' '}
                        <Badge tone="info">{t('review.query.system')}</Badge>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <QueryStateBadge status={q.status} />
                  </td>
                  <td className="code">{localStamp(q.updated.at)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
