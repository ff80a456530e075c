import { useTranslation } from 'react-i18next';
import { useFormContext } from 'react-hook-form';
import type { FieldModel, Language } from '../../shared/forms';
import type { RecordValues } from './field-input-props';

export interface MissingReasonSelectProps {
  readonly field: FieldModel;
  readonly language: Language;
  readonly describedBy: string | undefined;
}

/**
 * Why there is no value (not done, unknown, pending…), stored apart from the value. Choosing a reason
 * empties the value input; typing a value empties the reason: the two never stand together.
 */
export function MissingReasonSelect({ field, language, describedBy }: MissingReasonSelectProps) {
  const { t } = useTranslation();
  const { register, getValues, setValue } = useFormContext<RecordValues>();
  const key = field.key;
  const registration = register(`${key}.missing`, {
    onChange: () => {
      if (getValues(`${key}.missing`) === '') return;
      if (getValues(`${key}.value`) !== '') setValue(`${key}.value`, '');
      if (getValues(`${key}.softConfirmed`)) setValue(`${key}.softConfirmed`, false);
    },
  });
  return (
    <select
      {...registration}
      aria-label={t('entry.missing.of', { label: field.label[language] })}
      aria-describedby={describedBy}
      className="entry-select entry-select--missing"
    >
      <option value="">{t('entry.missing.none')}</option>
      {field.missingReasons.map((reason) => (
        <option key={reason.code} value={reason.code}>
          {reason.label[language]}
        </option>
      ))}
    </select>
  );
}
