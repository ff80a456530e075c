import { useTranslation } from 'react-i18next';
import { shortFingerprint } from '../../../shared/export/sealed';
import { useStore } from '../../app/providers';
import { listRecipients } from '../../db/recipient-keys';
import { useLiveQuery } from '../../db/use-live-query';
import { Field } from '../../ui';
import { AddRecipientButton } from './AddRecipientButton';

/** Whether an export is sealed, and for whom (a recipient's fingerprint; undefined: the first one listed). */
export interface SealChoice {
  readonly encrypt: boolean;
  readonly fingerprint?: string | undefined;
}

/**
 * "Encrypt for a recipient" on the export form: a checkbox, the recipients this laptop holds (name and
 * fingerprint), and "Add a public key file…" for one it does not hold yet.
 */
export function RecipientChoice({ choice, onChange, disabled }: { readonly choice: SealChoice; readonly onChange: (choice: SealChoice) => void; readonly disabled: boolean }) {
  const { t } = useTranslation();
  const store = useStore();
  const recipients = useLiveQuery(() => listRecipients(store), [store]);
  const list = recipients.status === 'ready' ? recipients.value : [];
  const chosen = list.find((k) => k.fingerprint === choice.fingerprint) ?? list[0];

  return (
    <fieldset className="choice-group" disabled={disabled}>
      <legend>{t('keys.seal.encrypt')}</legend>
      <label className="check">
        <input type="checkbox" checked={choice.encrypt} onChange={(event) => onChange({ ...choice, encrypt: event.target.checked })} />
        <span>
          {t('keys.seal.encrypt')}
          <br />
          <span className="form-field__hint">{t('keys.seal.encryptHint')}</span>
        </span>
      </label>
      {choice.encrypt ? (
        <>
          {list.length === 0 ? (
            <p className="notice notice--warning">{t('keys.seal.noRecipients')}</p>
          ) : (
            <Field label={t('keys.seal.recipient')}>
              {(control) => (
                <select {...control} value={chosen?.fingerprint ?? ''} onChange={(event) => onChange({ encrypt: true, fingerprint: event.target.value })}>
                  {list.map((key) => (
                    <option key={key.fingerprint} value={key.fingerprint}>
                      {t('keys.seal.option', { name: key.name, fingerprint: shortFingerprint(key.fingerprint) })}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <AddRecipientButton disabled={disabled} onAdded={(key) => onChange({ encrypt: true, fingerprint: key.fingerprint })} />
        </>
      ) : null}
    </fieldset>
  );
}
