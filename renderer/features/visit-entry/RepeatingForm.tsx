import { useTranslation } from 'react-i18next';
import type { EntryRow } from '../../../shared/events';
import { isNoneAnswer, LOG_NONE_ITEM, type FormModel } from '../../../shared/forms';
import { EmptyState } from '../../ui';
import { useEntryActions } from './entry-actions';
import { LogNoneAnswer } from './LogNoneAnswer';
import { RecordForm } from './RecordForm';

export interface RepeatingFormProps {
  readonly model: FormModel;
  readonly records: readonly EntryRow[];
  /** The log's own entry (record id ''): its "none to report" answer. */
  readonly logEntry: EntryRow | undefined;
}

/**
 * A log (adverse events, medications, infusions, decompensation events): add and remove records, each
 * its own form, or answer "none to report" while it is empty.
 */
export function RepeatingForm({ model, records, logEntry }: RepeatingFormProps) {
  const { t } = useTranslation();
  const actions = useEntryActions();
  const title = model.title[actions.language];
  const { add, remove } = actions.review.permissions;
  // Adding a row after "none" would contradict it: the site unticks it first.
  const noneAnswered = isNoneAnswer(logEntry?.items[LOG_NONE_ITEM]?.current);
  // A signature over the log locks its rows too: no adding or removing until it is voided.
  const locked = actions.lockOf(model.id) !== undefined;
  return (
    <div className="visit-records">
      {records.length === 0 ? <EmptyState message={t('entry.record.none', { form: title })} /> : null}
      <LogNoneAnswer model={model} rows={records.length} entry={logEntry} />
      {records.map((row, index) => {
        const label = t('entry.record.label', { form: title, number: index + 1 });
        return (
          <section key={row.recordId} aria-label={label} className="visit-record-card">
            <div className="visit-record-card__head">
              <h3 className="visit-record-card__title">{label}</h3>
              {remove.allowed && !locked ? (
                <button type="button" className="button entry-small-button" onClick={() => actions.removeRecord(model, row.recordId, label)}>
                  {t('entry.record.remove', { label })}
                </button>
              ) : null}
            </div>
            <RecordForm model={model} recordId={row.recordId} row={row} label={label} />
          </section>
        );
      })}
      <div className="form-actions">
        {locked ? null : add.allowed && noneAnswered ? (
          <p className="visit-review-bar__why">{t('entry.record.addBlocked')}</p>
        ) : add.allowed ? (
          <button type="button" className="button button--primary" onClick={() => void actions.addRecord(model)}>
            {t('entry.record.add', { form: title })}
          </button>
        ) : (
          <p className="visit-review-bar__why">{t('review.readOnly.cannotAddRecords', { why: add.why })}</p>
        )}
      </div>
    </div>
  );
}
