import { useTranslation } from 'react-i18next';
import type { FormModel } from '../../../shared/forms';
import { QueryButton, queriesAt } from '../queries';
import { useEntryActions } from './entry-actions';

export interface RecordReviewBarProps {
  readonly model: FormModel;
  /** '' for a single form. */
  readonly recordId: string;
  /** How the record reads: the form's title, or "Adverse events 2". */
  readonly label: string;
  /** The id of the read-only notice (fields are described by it), when values are read-only for this role. */
  readonly readOnlyId: string;
}

/**
 * Above a record's fields: why the values are read-only (a monitor), how many values are source-verified
 * with the control to verify them all (a monitor) or why it is not offered, and the queries about the
 * record as a whole.
 */
export function RecordReviewBar({ model, recordId, label, readOnlyId }: RecordReviewBarProps) {
  const { t } = useTranslation();
  const { review } = useEntryActions();
  const { change, verify, raise } = review.permissions;
  const values = review.verifiable(model, recordId);
  const verified = values.filter((v) => v.verified).length;
  const queries = queriesAt(review.visitQueries, { visitId: review.queryTarget({}).visitId, formId: model.id, recordId });
  return (
    <div className="visit-review-bar">
      {change.allowed ? null : (
        <p id={readOnlyId} className="notice visit-review-bar__read-only">
          {t('review.readOnly.notice', { why: change.why })}
        </p>
      )}
      <p className="visit-review-bar__sdv">
        <span>{t('review.sdv.summary', { verified, total: values.length })}</span>{' '}
        {verify.allowed ? (
          <button
            type="button"
            className="button entry-small-button"
            disabled={verified === values.length}
            onClick={() => review.verifyRecord(model, recordId)}
          >
            {t('review.sdv.verifyAll', { label })}
          </button>
        ) : (
          <span className="visit-review-bar__why">{verify.why}</span>
        )}{' '}
        <QueryButton
          label={t('review.query.aboutRecord', { label })}
          queries={queries}
          canRaise={raise.allowed}
          onOpen={() => review.openQueries({ target: review.queryTarget({ formId: model.id, recordId }), label, field: false })}
        />
      </p>
    </div>
  );
}
