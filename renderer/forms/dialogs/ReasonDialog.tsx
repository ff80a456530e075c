import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

export interface ReasonDialogProps {
  readonly title: string;
  /** What changes, e.g. "Total bilirubin: 342 → 350 µmol/L". */
  readonly description: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly initialReason?: string;
  readonly onConfirm: (reason: string) => void;
  readonly onCancel: () => void;
}

const SUGGESTIONS = ['transcription', 'labCorrected', 'lateResult', 'wrongRecord', 'sourceVerified'] as const;

/** Asks why settled data changes (a completed form, removing a record). The reason is recorded on the event. */
export function ReasonDialog({ title, description, confirmLabel, cancelLabel, initialReason = '', onConfirm, onCancel }: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(initialReason);
  const [tried, setTried] = useState(false);
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const listId = `${inputId}-suggestions`;
  const trimmed = reason.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (trimmed !== '') onConfirm(trimmed);
  };
  const missing = tried && trimmed === '';
  return (
    <Dialog title={title} onCancel={onCancel}>
      <form onSubmit={submit} noValidate>
        <p className="entry-dialog__text">{description}</p>
        <label htmlFor={inputId} className="entry-label">
          {t('entry.reason.label')}
        </label>
        <input
          id={inputId}
          type="text"
          list={listId}
          value={reason}
          maxLength={500}
          autoComplete="off"
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={missing}
          aria-describedby={missing ? errorId : undefined}
          className="entry-input entry-input--wide"
          data-autofocus=""
        />
        <datalist id={listId}>
          {SUGGESTIONS.map((s) => (
            <option key={s} value={t(`entry.reason.suggestion.${s}`)} />
          ))}
        </datalist>
        {missing ? (
          <p id={errorId} className="entry-problem entry-problem--error">
            {t('entry.reason.required')}
          </p>
        ) : null}
        <div className="entry-dialog__actions">
          <button type="submit" className="button button--primary">
            {confirmLabel}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
