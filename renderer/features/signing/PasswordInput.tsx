import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface PasswordInputProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Shown under the field: "Enter your password to sign". */
  readonly problem: string | null;
}

/** The re-entered password: never autofilled, described by why it is asked. */
export function PasswordInput({ value, onChange, problem }: PasswordInputProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="signing-field">
      <label htmlFor={id} className="entry-label">
        {t('signing.dialog.password')}
      </label>
      <p id={`${id}-help`} className="signing-help">
        {t('signing.dialog.passwordHelp')}
      </p>
      <input
        id={id}
        type="password"
        value={value}
        autoComplete="current-password"
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? `${id}-help` : `${id}-help ${id}-problem`}
        className="entry-input"
      />
      {problem === null ? null : (
        <p id={`${id}-problem`} className="entry-problem entry-problem--error">
          {problem}
        </p>
      )}
    </div>
  );
}
