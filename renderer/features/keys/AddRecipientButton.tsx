import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint, type PublicKeyFile } from '../../../shared/export/sealed';
import { useStore } from '../../app/providers';
import { usePlatform } from '../../platform';
import { Outcome } from '../bundles/Outcome';
import { addRecipientFromFile, type AddRecipientOutcome } from './add-recipient';
import { KeyFileProblems } from './KeyFileProblems';

/**
 * "Add a public key file…" with its outcome: the fingerprint to compare by phone, or what is wrong with
 * the file (with JSON paths). On the Settings panel and beside the export's recipient choice.
 */
export function AddRecipientButton({ onAdded, disabled = false }: { readonly onAdded?: (key: PublicKeyFile) => void; readonly disabled?: boolean }) {
  const { t } = useTranslation();
  const store = useStore();
  const bridge = usePlatform();
  const [outcome, setOutcome] = useState<AddRecipientOutcome | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    setBusy(true);
    const result = await addRecipientFromFile(store, bridge, t('keys.fileFilter'));
    setBusy(false);
    setOutcome(result);
    if (result.kind === 'added') onAdded?.(result.key);
  };

  return (
    <>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy || disabled} onClick={() => void add()}>
          {t('keys.recipients.add')}
        </button>
      </div>
      {outcome?.kind === 'invalid' ? <KeyFileProblems title={t('keys.recipients.invalid', { name: outcome.fileName })} issues={outcome.issues} /> : null}
      <Outcome
        outcome={
          outcome?.kind === 'added'
            ? { tone: 'good', lines: [t('keys.recipients.added', { name: outcome.key.name, fingerprint: formatFingerprint(outcome.key.fingerprint) })] }
            : outcome?.kind === 'failed'
              ? { tone: 'bad', lines: [outcome.message] }
              : undefined
        }
      />
    </>
  );
}
