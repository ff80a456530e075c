import { useTranslation } from 'react-i18next';
import type { DateTimeField } from '../../../shared/forms';
import type { FieldInputProps } from '../field-input-props';
import { localDateTime } from './local-time';
import { useDraftPart, useSetFieldValue } from './use-value-input';

/** A local date and time typed as YYYY-MM-DD HH:mm, with a "Now" button. */
export function DateTimeInput({ field, inputId, labelId, describedBy, invalid, language }: FieldInputProps<DateTimeField>) {
  const { t } = useTranslation();
  const setFieldValue = useSetFieldValue(field.key);
  const value = useDraftPart(field.key, 'value');
  return (
    <span className="entry-quantity">
      <input
        {...value}
        id={inputId}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('entry.field.dateTimeFormat')}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        className="entry-input entry-input--datetime"
        data-field-input=""
      />
      <button
        type="button"
        className="button entry-small-button"
        aria-label={t('entry.field.nowFor', { label: field.label[language] })}
        onClick={() => setFieldValue(localDateTime(new Date()))}
      >
        {t('entry.field.now')}
      </button>
    </span>
  );
}
