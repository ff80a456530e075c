import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/providers';
import { listRecipients, removeRecipient } from '../../db/recipient-keys';
import { useLiveQuery } from '../../db/use-live-query';
import { Outcome, type OutcomeMessage } from '../bundles/Outcome';
import { AddRecipientButton } from './AddRecipientButton';
import { Fingerprint } from './Fingerprint';

/** The public keys this laptop may seal bundles for: name, fingerprint, when created; add from a file, remove. */
export function Recipients() {
  const { t } = useTranslation();
  const store = useStore();
  const recipients = useLiveQuery(() => listRecipients(store), [store]);
  const [message, setMessage] = useState<OutcomeMessage | undefined>(undefined);
  if (recipients.status !== 'ready') return recipients.status === 'failed' ? <p role="alert" className="notice notice--bad">{recipients.message}</p> : null;

  const remove = async (fingerprint: string, name: string) => {
    const removed = await removeRecipient(store, fingerprint);
    setMessage(removed.ok ? { tone: 'good', lines: [t('keys.recipients.removed', { name })] } : { tone: 'bad', lines: [removed.issues.message] });
  };

  return (
    <div className="key-panel">
      <p className="form-field__hint">{t('keys.recipients.hint')}</p>
      {recipients.value.length === 0 ? (
        <p>{t('keys.recipients.none')}</p>
      ) : (
        <table className="data-table">
          <caption>{t('keys.recipients.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('keys.name')}</th>
              <th scope="col">{t('keys.fingerprint')}</th>
              <th scope="col">{t('keys.created')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {recipients.value.map((key) => (
              <tr key={key.fingerprint}>
                <th scope="row">{key.name}</th>
                <td>
                  <Fingerprint value={key.fingerprint} />
                </td>
                <td>{key.created.slice(0, 10)}</td>
                <td>
                  <button type="button" className="button" onClick={() => void remove(key.fingerprint, key.name)}>
                    {t('keys.recipients.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AddRecipientButton onAdded={() => setMessage(undefined)} />
      <Outcome outcome={message} />
    </div>
  );
}
