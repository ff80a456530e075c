import { useTranslation } from 'react-i18next';
import type { DateField } from '../../../shared/forms';
import type { FieldInputProps } from '../field-input-props';
import { localDate } from './local-time';
import { useDraftPart, useSetFieldValue } from './use-value-input';

/** A date typed as YYYY-MM-DD (or YYYY / YYYY-MM where partial dates are allowed), with a "Today" button. */
export function DateInput({ field, inputId, labelId, describedBy, invalid, language }: FieldInputProps<DateField>) {
  const { t } = useTranslation();
  const setFieldValue = useSetFieldValue(field.key);
  const value = useDraftPart(field.key, 'value');
  const label = field.label[language];
  return (
    <span className="entry-quantity">
      <input
        {...value}
        id={inputId}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={field.partialAllowed ? t('entry.field.partialDateFormat') : t('entry.field.dateFormat')}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        className="entry-input entry-input--date"
        data-field-input=""
      />
      <button
        type="button"
        className="button entry-small-button"
        aria-label={t('entry.field.todayFor', { label })}
        onClick={() => setFieldValue(localDate(new Date()))}
      >
        {t('entry.field.today')}
      </button>
    </span>
  );
}
