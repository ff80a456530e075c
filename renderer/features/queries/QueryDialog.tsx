import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryRow, Role } from '../../../shared/events';
import { canAppendEvent } from '../../../shared/policy';
import { openQuery, type QueryTarget, type Store, type WriteContext, type WriteError } from '../../db';
import { Dialog } from '../../forms';
import { useLanguage } from '../../i18n';
import { inReadingOrder } from './query-place';
import { QueryThread } from './QueryThread';
import { WriteErrorNotice } from './WriteErrorNotice';
import './queries.css';

export interface QueryDialogProps {
  readonly store: Store;
  readonly ctx: WriteContext;
  readonly role: Role;
  /** What the queries are about: a field (subject, visit, form, row, item), a form or a visit. */
  readonly target: QueryTarget;
  /** How the place reads: "Laboratory tests – Albumin". */
  readonly label: string;
  /** The queries about exactly this place. */
  readonly queries: readonly QueryRow[];
  readonly nameOf: (userId: string) => string;
  /** Said under the threads, e.g. how the site corrects the value (a field's dialog for the site). */
  readonly hint?: string | undefined;
  readonly onClose: () => void;
}

/**
 * The queries about one place: every thread (unresolved first) with what this person may do, and a new
 * query for whoever may raise one (a monitor); the others are told why they may not.
 */
export function QueryDialog({ store, ctx, role, target, label, queries, nameOf, hint, onClose }: QueryDialogProps) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const id = useId();
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WriteError | null>(null);
  const [raised, setRaised] = useState('');
  const may = canAppendEvent(role, { type: 'query.opened', payload: { queryId: 'new', text: 'new', system: false } });
  const trimmed = text.trim();
  const missing = tried && trimmed === '';
  const ordered = inReadingOrder(queries);
  const numbers = new Map([...queries].sort((a, b) => (a.history[0]?.stamp.at ?? '').localeCompare(b.history[0]?.stamp.at ?? '')).map((q, i) => [q.queryId, i + 1]));

  const raise = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setRaised('');
    if (trimmed === '') return;
    setBusy(true);
    const written = await openQuery(store, ctx, target, trimmed);
    setBusy(false);
    if (!written.ok) {
      setError(written.issues);
      return;
    }
    setError(null);
    setText('');
    setTried(false);
    setRaised(t('review.query.raised'));
  };

  return (
    <Dialog title={t('review.query.title', { label })} onCancel={onClose} wide>
      <div className="query-dialog">
        {ordered.length === 0 ? <p>{t('review.query.none')}</p> : null}
        {ordered.map((query) => (
          <QueryThread key={query.queryId} store={store} ctx={ctx} role={role} query={query} number={numbers.get(query.queryId) ?? 0} nameOf={nameOf} />
        ))}
        {hint === undefined ? null : <p className="notice">{hint}</p>}
        {may.ok ? (
          <form className="query-dialog__new" onSubmit={(e) => void raise(e)} noValidate>
            <label htmlFor={`${id}-new`} className="entry-label">
              {t('review.query.newLabel')}
            </label>
            <textarea
              id={`${id}-new`}
              rows={3}
              maxLength={2000}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={missing}
              aria-describedby={missing ? `${id}-need` : undefined}
              className="entry-input entry-input--wide query-thread__input"
              data-autofocus={ordered.length === 0 ? '' : undefined}
            />
            {missing ? (
              <p id={`${id}-need`} className="entry-problem entry-problem--error">
                {t('review.query.newRequired')}
              </p>
            ) : null}
            <div className="query-thread__buttons">
              <button type="submit" className="button button--primary" disabled={busy}>
                {t('review.query.raise')}
              </button>
            </div>
            <p role="status">{raised}</p>
            {error === null ? null : <WriteErrorNotice error={error} />}
          </form>
        ) : (
          <p className="query-muted">{t('review.query.cannotRaise', { why: may.issues.message[language] })}</p>
        )}
      </div>
      <div className="entry-dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('review.query.close')}
        </button>
      </div>
    </Dialog>
  );
}
