import { useTranslation } from 'react-i18next';
import type { QuantityField } from '../../../shared/forms';
import type { FieldInputProps } from '../field-input-props';
import { formatNumber, unitLabel } from '../labels';
import { useDraftPart } from './use-value-input';

/**
 * A measured value: the number as on the lab report, the unit it is reported in (SI first, the default),
 * and "<" / ">" for results beyond an assay limit. A value typed in another unit is kept as typed; the
 * value it is stored as (converted by the form engine) is shown beside it.
 */
export function QuantityInput({ field, inputId, labelId, describedBy, invalid, language, entry }: FieldInputProps<QuantityField>) {
  const { t } = useTranslation();
  const value = useDraftPart(field.key, 'value');
  const unit = useDraftPart(field.key, 'unit');
  const qualifier = useDraftPart(field.key, 'qualifier');
  const label = field.label[language];
  const [storedUnit] = field.units;
  const converted = entry?.status === 'value' && entry.enteredUnit !== undefined && typeof entry.value === 'number' ? entry.value : undefined;
  return (
    <span className="entry-quantity">
      {field.qualifierAllowed ? (
        <select {...qualifier} aria-label={t('entry.field.qualifierOf', { label })} className="entry-select entry-select--narrow">
          <option value="">{t('entry.field.qualifierNone')}</option>
          <option value="<">&lt;</option>
          <option value=">">&gt;</option>
        </select>
      ) : null}
      <input
        {...value}
        id={inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        className="entry-input entry-input--number"
        data-field-input=""
      />
      {field.units.length > 1 ? (
        <select {...unit} aria-label={t('entry.field.unitOf', { label })} className="entry-select">
          {field.units.map((u) => (
            <option key={u.unit} value={u.unit}>
              {unitLabel(u, language)}
            </option>
          ))}
        </select>
      ) : storedUnit === undefined ? null : (
        <span className="entry-unit">{unitLabel(storedUnit, language)}</span>
      )}
      {converted === undefined || storedUnit === undefined ? null : (
        <output className="entry-converted" aria-label={t('entry.field.convertedOf', { label })}>
          = {formatNumber(converted, field.decimals, language)} {unitLabel(storedUnit, language)}
        </output>
      )}
    </span>
  );
}
