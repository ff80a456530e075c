import { useTranslation } from 'react-i18next';
import type { WriteError } from '../../db';
import { Dialog } from './Dialog';

export interface FailedField {
  readonly key: string;
  /** "Labs – Total bilirubin". */
  readonly label: string;
  /** What is on screen and not stored. */
  readonly shown: string;
  readonly error: WriteError;
}

export interface SaveErrorDialogProps {
  readonly failures: readonly FailedField[];
  readonly retrying: boolean;
  readonly onRetry: () => void;
  readonly onClose: () => void;
}

/**
 * A save that did not happen. Blocking: it must be answered. Nothing was stored; every value stays on
 * screen, marked "not saved", and can be retried from here or from the form.
 */
export function SaveErrorDialog({ failures, retrying, onRetry, onClose }: SaveErrorDialogProps) {
  const { t } = useTranslation();
  const kinds = [...new Set(failures.map((f) => f.error.kind))];
  return (
    <Dialog title={t('entry.saveError.title')} role="alertdialog" tone="bad">
      <p className="entry-dialog__text">{t('entry.saveError.intro', { count: failures.length })}</p>
      <ul className="entry-dialog__list">
        {failures.map((f) => (
          <li key={f.key}>
            <strong>{f.label}</strong>: <span className="code">{f.shown === '' ? t('entry.saveError.empty') : f.shown}</span>
            {f.error.kind === 'rejected' ? (
              <ul>
                {f.error.issues.map((issue, index) => (
                  <li key={index}>{issue.message}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {kinds.map((kind) => (
        <p key={kind} className="entry-dialog__text">
          {t(`entry.saveError.kind.${kind}`)}
        </p>
      ))}
      <p className="entry-dialog__text">{t('entry.saveError.kept')}</p>
      <div className="entry-dialog__actions">
        <button type="button" className="button button--primary" onClick={onRetry} disabled={retrying} data-autofocus="">
          {retrying ? t('entry.saveError.retrying') : t('entry.saveError.retry')}
        </button>
        <button type="button" className="button" onClick={onClose} disabled={retrying}>
          {t('entry.saveError.close')}
        </button>
      </div>
    </Dialog>
  );
}
