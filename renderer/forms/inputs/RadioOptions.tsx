import type { UseFormRegisterReturn } from 'react-hook-form';

export interface RadioOption {
  readonly value: string;
  readonly label: string;
}

export interface RadioOptionsProps {
  readonly registration: UseFormRegisterReturn;
  readonly options: readonly RadioOption[];
  readonly inputId: string;
  readonly labelId: string;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
}

/** A radio group named by the field's label: arrow keys choose, Tab leaves. */
export function RadioOptions({ registration, options, inputId, labelId, describedBy, invalid }: RadioOptionsProps) {
  return (
    <div role="radiogroup" aria-labelledby={labelId} aria-describedby={describedBy} aria-invalid={invalid} className="entry-radios">
      {options.map((option, index) => {
        const id = index === 0 ? inputId : `${inputId}-${index}`;
        return (
          <label key={option.value} htmlFor={id} className="entry-radio">
            <input {...registration} id={id} type="radio" value={option.value} data-field-input="" />
            <span>{option.label}</span>
          </label>
        );
      })}
    </div>
  );
}
