import type { FieldInputProps } from '../field-input-props';
import type { TextField } from '../../../shared/forms';
import { useDraftPart } from './use-value-input';

/** Free text; long limits get a text area (Enter still moves on: use Shift+Enter for a new line). */
export function TextInput({ field, inputId, labelId, describedBy, invalid }: FieldInputProps<TextField>) {
  const value = useDraftPart(field.key, 'value');
  const common = { id: inputId, 'aria-labelledby': labelId, 'aria-describedby': describedBy, 'aria-invalid': invalid, maxLength: field.maxLength };
  if (field.maxLength > 200) return <textarea {...value} {...common} rows={2} className="entry-input entry-input--wide" data-field-input="" />;
  return <input {...value} {...common} type="text" autoComplete="off" className="entry-input entry-input--wide" data-field-input="" />;
}
