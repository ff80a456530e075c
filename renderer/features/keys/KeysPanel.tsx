import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/providers';
import { CreateKeyPair } from './CreateKeyPair';
import { OwnKeys } from './OwnKeys';
import { Recipients } from './Recipients';
import './keys.css';

/**
 * Settings → "Bundle encryption keys": the recipients this laptop seals bundles for, and (data manager)
 * creating a key pair and the private keys kept here. docs/guide-data-manager.md, "Sealed bundles".
 */
export function KeysPanel() {
  const { t } = useTranslation();
  const { user } = useSession();
  const dataManager = user.role === 'data-manager';
  return (
    <div className="key-panel">
      <p className="bundles-intro">{t('keys.intro')}</p>
      <h3>{t('keys.recipients.title')}</h3>
      <Recipients />
      <h3>{t('keys.own.title')}</h3>
      <OwnKeys />
      <h3>{t('keys.create.title')}</h3>
      {dataManager ? <CreateKeyPair /> : <p className="form-field__hint">{t('keys.create.onlyDataManager')}</p>}
    </div>
  );
}
