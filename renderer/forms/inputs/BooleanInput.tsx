import { useTranslation } from 'react-i18next';
import type { BooleanField } from '../../../shared/forms';
import type { FieldInputProps } from '../field-input-props';
import { RadioOptions } from './RadioOptions';
import { useDraftPart } from './use-value-input';

/** Yes / No as two radio buttons: unanswered stays visibly unanswered (a checkbox could not say so). */
export function BooleanInput({ field, inputId, labelId, describedBy, invalid }: FieldInputProps<BooleanField>) {
  const { t } = useTranslation();
  const value = useDraftPart(field.key, 'value');
  const options = [
    { value: 'true', label: t('entry.field.yes') },
    { value: 'false', label: t('entry.field.no') },
  ];
  return <RadioOptions registration={value} options={options} inputId={inputId} labelId={labelId} describedBy={describedBy} invalid={invalid} />;
}
