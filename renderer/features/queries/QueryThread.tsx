import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryRow, Role } from '../../../shared/events';
import { QUERY_TEXT_REQUIRED, queryActions, type QueryAction } from '../../../shared/review';
import { answerQuery, closeQuery, reopenQuery, type Store, type WriteContext, type WriteError } from '../../db';
import { localStamp } from '../../forms';
import { useLanguage } from '../../i18n';
import { Badge } from '../../ui';
import { QueryStateBadge } from './QueryStateBadge';
import { WriteErrorNotice } from './WriteErrorNotice';

export interface QueryThreadProps {
  readonly store: Store;
  readonly ctx: WriteContext;
  readonly role: Role;
  readonly query: QueryRow;
  /** "Query 1", "Query 2"… on this place. */
  readonly number: number;
  readonly nameOf: (userId: string) => string;
}

const write = (store: Store, ctx: WriteContext, action: QueryAction, queryId: string, text: string) => {
  switch (action) {
    case 'answer':
      return answerQuery(store, ctx, queryId, text);
    case 'close':
      return closeQuery(store, ctx, queryId, text === '' ? undefined : text);
    case 'reopen':
      return reopenQuery(store, ctx, queryId, text);
  }
};

/**
 * One query: its state (Open, Answered, Closed), whether the application raised it, every step with who,
 * when and what was said, and what this person may do next. An action the state allows but the role
 * may not take is shown disabled, with the policy's reason.
 */
export function QueryThread({ store, ctx, role, query, number, nameOf }: QueryThreadProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const [text, setText] = useState('');
  const [tried, setTried] = useState<QueryAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WriteError | null>(null);
  const [done, setDone] = useState('');
  const options = queryActions(role, query.status);
  const allowed = options.filter((o) => o.allowed);
  const trimmed = text.trim();
  const needsText = tried !== null && QUERY_TEXT_REQUIRED[tried] && trimmed === '';
  const title = t('review.query.number', { number });

  const act = async (action: QueryAction) => {
    setTried(action);
    setDone('');
    if (QUERY_TEXT_REQUIRED[action] && trimmed === '') return;
    setBusy(true);
    const written = await write(store, ctx, action, query.queryId, trimmed);
    setBusy(false);
    if (!written.ok) {
      setError(written.issues);
      return;
    }
    setError(null);
    setText('');
    setTried(null);
    setDone(t(`review.query.done.${action}`));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const first = allowed[0];
    if (first !== undefined) void act(first.action);
  };

  return (
    <section className="query-thread" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="query-thread__title">
        {title} <QueryStateBadge status={query.status} />
        {query.system ? (
          <>
            {' '}
            <Badge tone="info">{t('review.query.system')}</Badge>
          </>
        ) : null}
      </h3>
      <ol className="query-thread__steps" aria-label={t('review.query.stepsOf', { title })}>
        {query.history.map((step) => (
          <li key={step.stamp.eventId} className="query-thread__step">
            <p className="query-thread__who">
              {t(`review.query.action.${step.action}`)} ·{' '}
              {query.system && step.action === 'opened'
                ? t('review.query.bySystem', { who: nameOf(step.stamp.userId), role: t(`entry.role.${step.stamp.role}`) })
                : t('review.query.by', { who: nameOf(step.stamp.userId), role: t(`entry.role.${step.stamp.role}`) })}{' '}
              · <span className="code">{localStamp(step.stamp.at)}</span>
            </p>
            {step.text === undefined ? null : <p className="query-thread__text">{step.text}</p>}
          </li>
        ))}
      </ol>
      {options.length === 0 ? null : (
        <form className="query-thread__act" onSubmit={submit} noValidate>
          {allowed.length === 0 ? null : (
            <>
              <label htmlFor={`${id}-text`} className="entry-label">
                {t('review.query.message', { title })}
              </label>
              <textarea
                id={`${id}-text`}
                rows={2}
                maxLength={2000}
                value={text}
                onChange={(e) => setText(e.target.value)}
                aria-invalid={needsText}
                aria-describedby={needsText ? `${id}-need` : undefined}
                className="entry-input entry-input--wide query-thread__input"
              />
              {needsText ? (
                <p id={`${id}-need`} className="entry-problem entry-problem--error">
                  {t(`review.query.textRequired.${tried ?? 'answer'}`)}
                </p>
              ) : null}
            </>
          )}
          <div className="query-thread__buttons">
            {options.map((option) =>
              option.allowed ? (
                <button key={option.action} type="button" className="button" disabled={busy} onClick={() => void act(option.action)}>
                  {t(`review.query.do.${option.action}`)}
                </button>
              ) : (
                <span key={option.action} className="query-thread__refused">
                  <button type="button" className="button" disabled aria-describedby={`${id}-why-${option.action}`}>
                    {t(`review.query.do.${option.action}`)}
                  </button>{' '}
                  <span id={`${id}-why-${option.action}`} className="query-muted">
                    {option.refusal.message[language]}
                  </span>
                </span>
              ),
            )}
          </div>
          <p role="status" className="query-thread__done">
            {done}
          </p>
          {error === null ? null : <WriteErrorNotice error={error} />}
        </form>
      )}
    </section>
  );
}
