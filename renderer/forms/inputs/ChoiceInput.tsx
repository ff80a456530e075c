import { useTranslation } from 'react-i18next';
import type { ChoiceField } from '../../../shared/forms';
import type { FieldInputProps } from '../field-input-props';
import { RadioOptions } from './RadioOptions';
import { useDraftPart } from './use-value-input';

/** Up to this many choices are radio buttons (all visible, one key press each); longer lists are a select. */
export const RADIO_LIMIT = 5;

export function ChoiceInput({ field, inputId, labelId, describedBy, invalid, language }: FieldInputProps<ChoiceField>) {
  const { t } = useTranslation();
  const value = useDraftPart(field.key, 'value');
  const options = field.choices.map((c) => ({ value: c.code, label: c.label[language] }));
  if (options.length <= RADIO_LIMIT) {
    return <RadioOptions registration={value} options={options} inputId={inputId} labelId={labelId} describedBy={describedBy} invalid={invalid} />;
  }
  return (
    <select
      {...value}
      id={inputId}
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      aria-invalid={invalid}
      className="entry-select entry-select--wide"
      data-field-input=""
    >
      <option value="">{t('entry.field.choose')}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
