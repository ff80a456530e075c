import { useTranslation } from 'react-i18next';
import type { WriteError } from '../db';
import { AlertDialog } from '../ui';

export interface SaveFailedDialogProps {
  readonly error: WriteError;
  readonly onClose: () => void;
}

/**
 * A write that did not happen: nothing of it was stored. Blocking until acknowledged; the form behind
 * it keeps what the user typed so they can try again.
 */
export function SaveFailedDialog({ error, onClose }: SaveFailedDialogProps) {
  const { t } = useTranslation();
  return (
    <AlertDialog title={t('care.saveFailed.title')} closeLabel={t('care.saveFailed.close')} onClose={onClose}>
      <p>{t(`care.saveFailed.kind.${error.kind}`)}</p>
      {error.kind === 'rejected' && error.issues.length > 0 ? (
        <ul>
          {error.issues.map((issue, index) => (
            <li key={index}>
              <span className="code">{issue.path.join('.') || '$'}</span>: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p>{t('care.saveFailed.kept')}</p>
    </AlertDialog>
  );
}
