import { useId, type ReactNode } from 'react';
import './ui.css';
import './forms.css';

/** What a control inside a Field needs for its label, hint and error to be announced with it. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': boolean;
}

export interface FieldProps {
  readonly label: ReactNode;
  /** Shown under the control and announced with it. */
  readonly hint?: ReactNode;
  /** The problem with the value, or nothing. */
  readonly error?: string | undefined;
  readonly children: (control: FieldControlProps) => ReactNode;
}

/** A labelled form control with its hint and error, linked by id (no placeholder-as-label). */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? undefined : hintId, error === undefined ? undefined : errorId].filter((x) => x !== undefined).join(' ');
  return (
    <div className={`form-field${error === undefined ? '' : ' form-field--invalid'}`}>
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy === '' ? undefined : describedBy, 'aria-invalid': error !== undefined })}
      {hint === undefined ? null : (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      )}
      {error === undefined ? null : (
        <p id={errorId} className="form-field__error">
          {error}
        </p>
      )}
    </div>
  );
}
