import { Field } from '../../ui';

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'password';
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly autoComplete?: string;
  readonly autoFocus?: boolean;
}

/** A labelled text or password input of the account screens. */
export function TextField({ label, value, onChange, type = 'text', hint, error, autoComplete = 'off', autoFocus = false }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input {...control} type={type} autoComplete={autoComplete} autoFocus={autoFocus} spellCheck={false} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
