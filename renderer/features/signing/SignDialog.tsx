import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/lib/result';
import type { WriteError } from '../../db';
import { Dialog } from '../../forms';
import type { ConfirmPassword } from './credentials';
import { MEANINGS, type MeaningKey } from './meanings';
import { PasswordInput } from './PasswordInput';
import { usePasswordStep } from './password-step';

export interface SignDialogProps {
  /** What is signed, worded: "the form “Laboratory tests” of Week 4". */
  readonly what: string;
  /** The signer's printed name (their display name): shown, not editable. */
  readonly signerName: string;
  /** Why it cannot be signed yet, worded; empty = it can. */
  readonly blockers: readonly string[];
  readonly confirmPassword: ConfirmPassword;
  /** Records the signature with the chosen meaning (called only after the password is confirmed). */
  readonly onSign: (meaning: string) => Promise<Result<unknown, WriteError>>;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}

/** Signing a form, a visit or a casebook: what is signed, the printed name, the meaning and the password. */
export function SignDialog({ what, signerName, blockers, confirmPassword, onSign, onDone, onCancel }: SignDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<MeaningKey | 'other'>('approve');
  const [other, setOther] = useState('');
  const [tried, setTried] = useState(false);
  const step = usePasswordStep(confirmPassword, 'signing.errors.writeFailed');
  const meaning = choice === 'other' ? other.trim() : t(`signing.meanings.${choice}`);
  const meaningMissing = tried && meaning === '';
  const passwordMissing = tried && step.password === '' && step.error === null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (meaning === '' || step.password === '' || step.busy) return;
    if (await step.run(() => onSign(meaning))) onDone();
  };

  if (blockers.length > 0) {
    return (
      <Dialog title={t('signing.dialog.title')} onCancel={onCancel}>
        <p className="entry-dialog__text">{t('signing.dialog.intro', { what })}</p>
        <div role="alert" className="notice notice--bad">
          <p>{t('signing.dialog.blocked')}</p>
          <ul>
            {blockers.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        </div>
        <div className="entry-dialog__actions">
          <button type="button" className="button" onClick={onCancel} data-autofocus="">
            {t('signing.dialog.close')}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('signing.dialog.title')} onCancel={onCancel} wide>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p className="entry-dialog__text">{t('signing.dialog.intro', { what })}</p>
        <div className="signing-field">
          <label htmlFor={`${id}-name`} className="entry-label">
            {t('signing.dialog.printedName')}
          </label>
          <input id={`${id}-name`} type="text" value={signerName} readOnly className="entry-input" />
        </div>
        <fieldset className="signing-field signing-meanings">
          <legend className="entry-label">{t('signing.dialog.meaning')}</legend>
          {[...MEANINGS, 'other' as const].map((key) => (
            <label key={key} className="signing-meaning">
              <input type="radio" name={`${id}-meaning`} checked={choice === key} onChange={() => setChoice(key)} data-autofocus={key === 'approve' ? '' : undefined} />{' '}
              {key === 'other' ? t('signing.dialog.meaningOther') : t(`signing.meanings.${key}`)}
            </label>
          ))}
          {choice === 'other' ? (
            <>
              <label htmlFor={`${id}-other`} className="entry-label">
                {t('signing.dialog.meaningOtherLabel')}
              </label>
              <input
                id={`${id}-other`}
                type="text"
                value={other}
                maxLength={200}
                onChange={(e) => setOther(e.target.value)}
                aria-invalid={meaningMissing}
                aria-describedby={meaningMissing ? `${id}-other-problem` : undefined}
                className="entry-input entry-input--wide"
              />
              {meaningMissing ? (
                <p id={`${id}-other-problem`} className="entry-problem entry-problem--error">
                  {t('signing.dialog.meaningRequired')}
                </p>
              ) : null}
            </>
          ) : null}
        </fieldset>
        <PasswordInput value={step.password} onChange={step.setPassword} problem={passwordMissing ? t('signing.dialog.passwordRequired') : null} />
        {step.error === null ? null : (
          <p role="alert" className="notice notice--bad">
            {step.error}
          </p>
        )}
        <div className="entry-dialog__actions">
          <button type="submit" className="button button--primary" disabled={step.busy}>
            {step.busy ? t('signing.dialog.signing') : t('signing.dialog.sign')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('signing.dialog.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
