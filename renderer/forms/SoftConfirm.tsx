import { useTranslation } from 'react-i18next';
import { useFormContext } from 'react-hook-form';
import type { RecordValues } from './field-input-props';

/**
 * "Value unusual: confirm". Ticking it records that the site checked the value against the source
 * (saved with the value); changing the value withdraws it.
 */
export function SoftConfirm({ fieldKey, label }: { readonly fieldKey: string; readonly label: string }) {
  const { t } = useTranslation();
  const { register } = useFormContext<RecordValues>();
  return (
    <label className="entry-confirm">
      <input type="checkbox" {...register(`${fieldKey}.softConfirmed`)} aria-label={t('entry.confirm.of', { label })} />
      <span aria-hidden="true">{t('entry.confirm.text')}</span>
    </label>
  );
}
