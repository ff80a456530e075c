import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryRow } from '../../../shared/events';
import { canAnswerNone, isNoneAnswer, LOG_NONE_ITEM, logAnswer, type FormModel } from '../../../shared/forms';
import { inputIdOf, localStamp, ReasonDialog } from '../../forms';
import { useEntryActions } from './entry-actions';
import { SINGLE_RECORD } from './visit-values';

export interface LogNoneAnswerProps {
  readonly model: FormModel;
  /** Live rows of the log (removed ones left out). */
  readonly rows: number;
  /** The log's own entry (record id ''), which holds the answer. */
  readonly entry: EntryRow | undefined;
}

/**
 * "None to report" on a log: the site's statement that it checked and there is nothing to record, so
 * the review does not count the empty log as missing. It can be ticked only while the log is empty
 * and unticked at any time; every change is a stored value, so it has its author and time like any other.
 */
export function LogNoneAnswer({ model, rows, entry }: LogNoneAnswerProps) {
  const { t } = useTranslation();
  const actions = useEntryActions();
  // The answer being written, over the stored version it replaces: shown at once (a tick that reverts
  // until the store answers reads as refused), and no longer once the store shows a newer version.
  const [pending, setPending] = useState<{ readonly want: boolean; readonly over: string | undefined } | null>(null);
  const [reasonFor, setReasonFor] = useState<boolean | null>(null);
  const form = model.title[actions.language];
  const version = entry?.items[LOG_NONE_ITEM]?.current;
  const none = isNoneAnswer(version);
  const answer = logAnswer(rows, none);
  const writing = pending !== null && pending.over === version?.stamp.eventId;
  const change = actions.review.permissions.change;
  const id = inputIdOf({ formId: model.id, recordId: SINGLE_RECORD, itemId: LOG_NONE_ITEM });
  const explanation =
    answer === 'contradicted'
      ? t('entry.record.noneContradicted')
      : !change.allowed
        ? t('review.readOnly.notice', { why: change.why })
        : answer === 'rows'
          ? t('entry.record.noneBlocked')
          : t('entry.record.noneHint');

  const write = async (want: boolean, reason?: string) => {
    setPending({ want, over: version?.stamp.eventId });
    const outcome = await actions.setLogNone(model, want, reason);
    // Saved: the store's new version takes over. Otherwise the stored answer shows again.
    if (outcome !== 'saved') setPending(null);
    setReasonFor(outcome === 'needs-reason' ? want : null);
  };

  return (
    <div id={`${id}-row`} className={`visit-log-none${answer === 'contradicted' ? ' visit-log-none--contradicted' : ''}`}>
      <label className="visit-log-none__label">
        <input
          id={id}
          type="checkbox"
          data-field-input=""
          checked={writing ? pending.want : none}
          disabled={writing || (!none && !canAnswerNone(rows))}
          // Read-only roles can still reach it (a review finding focuses it) and hear why they cannot change it.
          aria-disabled={change.allowed ? undefined : true}
          aria-describedby={`${id}-hint`}
          // Controlled: a change the role may not make writes nothing, and React puts the stored answer back.
          onChange={(event) => {
            if (change.allowed) void write(event.target.checked);
          }}
        />{' '}
        {t('entry.record.noneLabel', { form })}
      </label>
      <p id={`${id}-hint`} className="visit-log-none__hint" role={answer === 'contradicted' ? 'alert' : undefined}>
        {explanation}
      </p>
      {none && version !== undefined ? (
        <p className="visit-log-none__who">{t('entry.record.noneAnswered', { who: actions.nameOf(version.stamp.userId), when: localStamp(version.stamp.at) })}</p>
      ) : null}
      {reasonFor === null ? null : (
        <ReasonDialog
          title={t('entry.record.noneReasonTitle', { form })}
          description={t('entry.record.noneReasonText')}
          confirmLabel={t('entry.reason.save')}
          cancelLabel={t('entry.reason.keep')}
          onConfirm={(reason) => void write(reasonFor, reason)}
          onCancel={() => setReasonFor(null)}
        />
      )}
    </div>
  );
}
