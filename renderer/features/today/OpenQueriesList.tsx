import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QueryRow, SubjectRow } from '../../../shared/events';
import { Badge, KeyboardList } from '../../ui';
import { queryLinkState } from '../visit-entry/visit-links';
import { subjectLabel } from '../subjects/subject-label';
import { subjectPath, visitPath } from './visit-path';

/** Queries waiting for the site's answer, oldest first; each opens the visit (or subject) it is about. */
export function OpenQueriesList({ queries }: { readonly queries: readonly (QueryRow & { readonly subject: SubjectRow | undefined })[] }) {
  const { t } = useTranslation();
  return (
    <KeyboardList label={t('care.today.queriesTitle')}>
      {queries.map((query) => {
        const where = [query.visitId, query.formId, query.itemId].filter((x) => x !== undefined).join(' › ');
        return (
          <li key={query.queryId}>
            <Link
              to={query.visitId === undefined ? subjectPath(query.subjectId) : visitPath(query.subjectId, query.visitId)}
              state={query.visitId === undefined ? undefined : queryLinkState(query)}
              data-keyboard-row=""
            >
              <span />
              <strong>{query.subject === undefined ? query.subjectId : subjectLabel(query.subject)}</strong>
              <span>
                {query.text}
                {query.system ? (
                  <>
                    {' '}
                    <Badge tone="info">{t('review.query.system')}</Badge>
                  </>
                ) : null}
                {where === '' ? null : (
                  <>
                    <br />
                    <span className="muted code">{where}</span>
                  </>
                )}
              </span>
              <span className="muted">{t('care.today.raisedOn', { date: query.history[0]?.stamp.at.slice(0, 10) ?? query.updated.at.slice(0, 10) })}</span>
            </Link>
          </li>
        );
      })}
    </KeyboardList>
  );
}
