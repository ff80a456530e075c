import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publicKeyOf } from '../../../shared/export/sealed';
import { useStore } from '../../app/providers';
import { listOwnKeys, removeOwnKey } from '../../db/recipient-keys';
import { useLiveQuery } from '../../db/use-live-query';
import { usePlatform } from '../../platform';
import { Outcome, type OutcomeMessage } from '../bundles/Outcome';
import { Fingerprint } from './Fingerprint';
import { keyFileBytes, keyFileFilters, keyFileName } from './key-files';

/** The private keys kept on this laptop (wrapped): save a key's public file again, or forget the key here. */
export function OwnKeys() {
  const { t } = useTranslation();
  const store = useStore();
  const bridge = usePlatform();
  const keys = useLiveQuery(() => listOwnKeys(store), [store]);
  const [message, setMessage] = useState<OutcomeMessage | undefined>(undefined);
  if (keys.status !== 'ready') return keys.status === 'failed' ? <p role="alert" className="notice notice--bad">{keys.message}</p> : null;
  if (keys.value.length === 0) return <p className="form-field__hint">{t('keys.own.none')}</p>;

  const savePublic = async (index: number) => {
    const key = keys.value[index];
    if (key === undefined) return;
    const file = publicKeyOf(key);
    try {
      const saved = await bridge.saveFile({ suggestedName: keyFileName(file), bytes: keyFileBytes(file), filters: keyFileFilters(t('keys.fileFilter')) });
      setMessage(saved.saved ? { tone: 'good', lines: [t('keys.create.savedPublic', { location: saved.location })] } : undefined);
    } catch (error) {
      setMessage({ tone: 'bad', lines: [error instanceof Error ? error.message : String(error)] });
    }
  };
  const remove = async (index: number) => {
    const key = keys.value[index];
    if (key === undefined) return;
    const removed = await removeOwnKey(store, key.fingerprint);
    setMessage(removed.ok ? { tone: 'good', lines: [t('keys.own.removed', { name: key.name })] } : { tone: 'bad', lines: [removed.issues.message] });
  };

  return (
    <div className="key-panel">
      <table className="data-table">
        <caption>{t('keys.own.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('keys.name')}</th>
            <th scope="col">{t('keys.fingerprint')}</th>
            <th scope="col">{t('keys.created')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {keys.value.map((key, index) => (
            <tr key={key.fingerprint}>
              <th scope="row">{key.name}</th>
              <td>
                <Fingerprint value={key.fingerprint} />
              </td>
              <td>{key.created.slice(0, 10)}</td>
              <td>
                <div className="form-actions">
                  <button type="button" className="button" onClick={() => void savePublic(index)}>
                    {t('keys.own.savePublic')}
                  </button>
                  <button type="button" className="button" onClick={() => void remove(index)}>
                    {t('keys.own.remove')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Outcome outcome={message} />
    </div>
  );
}
