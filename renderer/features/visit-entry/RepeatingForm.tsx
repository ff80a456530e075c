import { useTranslation } from 'react-i18next';
import type { EntryRow } from '../../../shared/events';
import type { FormModel } from '../../../shared/forms';
import { EmptyState } from '../../ui';
import { useEntryActions } from './entry-actions';
import { RecordForm } from './RecordForm';

/** A log (adverse events, medications, infusions, decompensation events): add and remove records, each its own form. */
export function RepeatingForm({ model, records }: { readonly model: FormModel; readonly records: readonly EntryRow[] }) {
  const { t } = useTranslation();
  const actions = useEntryActions();
  const title = model.title[actions.language];
  const { add, remove } = actions.review.permissions;
  return (
    <div className="visit-records">
      {records.length === 0 ? <EmptyState message={t('entry.record.none', { form: title })} /> : null}
      {records.map((row, index) => {
        const label = t('entry.record.label', { form: title, number: index + 1 });
        return (
          <section key={row.recordId} aria-label={label} className="visit-record-card">
            <div className="visit-record-card__head">
              <h3 className="visit-record-card__title">{label}</h3>
              {remove.allowed ? (
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
        {add.allowed ? (
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
