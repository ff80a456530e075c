import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatureRow } from '../../../shared/events';
import type { Result } from '../../../shared/lib/result';
import type { WriteError } from '../../db';
import { Dialog, localStamp } from '../../forms';
import type { ConfirmPassword } from './credentials';
import { PasswordInput } from './PasswordInput';
import { usePasswordStep } from './password-step';

export interface UnlockDialogProps {
  readonly signature: SignatureRow;
  /** What the signature covers, worded. */
  readonly what: string;
  readonly confirmPassword: ConfirmPassword;
  /** Voids the signature with the reason (called only after the password is confirmed). */
  readonly onVoid: (reason: string) => Promise<Result<unknown, WriteError>>;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}

/** Unlocking signed data: voiding the signature, with a reason (required) and the investigator's password. */
export function UnlockDialog({ signature, what, confirmPassword, onVoid, onDone, onCancel }: UnlockDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const step = usePasswordStep(confirmPassword, 'signing.errors.voidFailed');
  const trimmed = reason.trim();
  const reasonMissing = tried && trimmed === '';
  const passwordMissing = tried && step.password === '' && step.error === null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (trimmed === '' || step.password === '' || step.busy) return;
    if (await step.run(() => onVoid(trimmed))) onDone();
  };

  return (
    <Dialog title={t('signing.unlockDialog.title')} onCancel={onCancel} wide>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="entry-dialog__text">
          {t('signing.unlockDialog.intro', { signer: signature.signerName, what, meaning: signature.meaning, when: localStamp(signature.applied.at) })}
        </p>
        <div className="signing-field">
          <label htmlFor={`${id}-reason`} className="entry-label">
            {t('signing.unlockDialog.reason')}
          </label>
          <input
            id={`${id}-reason`}
            type="text"
            value={reason}
            maxLength={500}
            autoComplete="off"
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={reasonMissing}
            aria-describedby={reasonMissing ? `${id}-reason-problem` : undefined}
            className="entry-input entry-input--wide"
            data-autofocus=""
          />
          {reasonMissing ? (
            <p id={`${id}-reason-problem`} className="entry-problem entry-problem--error">
              {t('signing.unlockDialog.reasonRequired')}
            </p>
          ) : null}
        </div>
        <PasswordInput value={step.password} onChange={step.setPassword} problem={passwordMissing ? t('signing.dialog.passwordRequired') : null} />
        {step.error === null ? null : (
          <p role="alert" className="notice notice--bad">
            {step.error}
          </p>
        )}
        <div className="entry-dialog__actions">
          <button type="submit" className="button button--primary" disabled={step.busy}>
            {step.busy ? t('signing.unlockDialog.working') : t('signing.unlockDialog.confirm')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('signing.dialog.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
