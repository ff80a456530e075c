import type { IntegerField } from '../../../shared/forms';
import type { FieldInputProps } from '../field-input-props';
import { unitLabel } from '../labels';
import { useDraftPart } from './use-value-input';

/** A whole number, with its one unit (if any) beside it. */
export function IntegerInput({ field, inputId, labelId, describedBy, invalid, language }: FieldInputProps<IntegerField>) {
  const value = useDraftPart(field.key, 'value');
  const unit = field.units[0];
  return (
    <span className="entry-quantity">
      <input
        {...value}
        id={inputId}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        className="entry-input entry-input--number"
        data-field-input=""
      />
      {unit === undefined ? null : <span className="entry-unit">{unitLabel(unit, language)}</span>}
    </span>
  );
}
