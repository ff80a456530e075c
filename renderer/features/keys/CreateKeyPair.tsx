import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint, MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../../shared/export/sealed';
import { useStore } from '../../app/providers';
import { addOwnKey, addRecipient } from '../../db/recipient-keys';
import { usePlatform } from '../../platform';
import { Field } from '../../ui';
import { Outcome, type OutcomeMessage } from '../bundles/Outcome';
import { keyFileBytes, keyFileFilters, keyFileName } from './key-files';
import { createKeyPair } from './recipient-crypto';

interface Errors {
  readonly name?: string;
  readonly passphrase?: string;
  readonly repeat?: string;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * A data manager makes a recipient key pair: a name and a passphrase asked twice; the private key file
 * is saved first (without it there is no key pair), then the public key file to share; optionally the
 * private key (still wrapped) is kept on this laptop. The public key is added to this laptop's
 * recipients so its backups can be sealed for it.
 */
export function CreateKeyPair() {
  const { t } = useTranslation();
  const store = useStore();
  const bridge = usePlatform();
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [keep, setKeep] = useState(true);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<OutcomeMessage | undefined>(undefined);

  const create = async () => {
    const problem = passphraseProblem(passphrase, repeat);
    const found: Errors = {
      ...(name.trim() === '' ? { name: t('keys.create.nameMissing') } : {}),
      ...(problem === 'too-short' ? { passphrase: t('keys.create.tooShort', { min: MIN_PASSPHRASE_LENGTH }) } : {}),
      ...(problem === 'mismatch' ? { repeat: t('keys.create.mismatch') } : {}),
    };
    setErrors(found);
    setMessage(undefined);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const { privateFile, publicFile } = await createKeyPair({ name, passphrase, created: store.clock().toISOString() });
      const filters = keyFileFilters(t('keys.fileFilter'));
      const savedPrivate = await bridge.saveFile({ suggestedName: keyFileName(privateFile), bytes: keyFileBytes(privateFile), filters });
      if (!savedPrivate.saved) return setMessage({ tone: 'bad', lines: [t('keys.create.privateNotSaved')] });
      const lines: string[] = [t('keys.create.savedPrivate', { location: savedPrivate.location })];
      const stored = keep ? await addOwnKey(store, privateFile) : undefined;
      if (stored?.ok === true) lines.push(t('keys.create.kept'));
      await addRecipient(store, publicFile);
      const savedPublic = await bridge.saveFile({ suggestedName: keyFileName(publicFile), bytes: keyFileBytes(publicFile), filters });
      lines.push(savedPublic.saved ? t('keys.create.savedPublic', { location: savedPublic.location }) : t('keys.create.publicNotSaved'));
      lines.push(t('keys.create.compare', { fingerprint: formatFingerprint(publicFile.fingerprint) }));
      setPassphrase('');
      setRepeat('');
      setName('');
      const failed = stored !== undefined && !stored.ok ? [stored.issues.message] : [];
      setMessage({ tone: savedPublic.saved && failed.length === 0 ? 'good' : 'bad', lines: [...lines, ...failed] });
    } catch (error) {
      setMessage({ tone: 'bad', lines: [t('keys.create.failed', { message: messageOf(error) })] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="key-panel">
      <form
        aria-label={t('keys.create.title')}
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <Field label={t('keys.create.name')} hint={t('keys.create.nameHint')} error={errors.name}>
          {(control) => <input {...control} type="text" maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />}
        </Field>
        <Field label={t('keys.create.passphrase')} hint={t('keys.create.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })} error={errors.passphrase}>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />}
        </Field>
        <Field label={t('keys.create.repeat')} error={errors.repeat}>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={repeat} onChange={(event) => setRepeat(event.target.value)} />}
        </Field>
        <label className="check">
          <input type="checkbox" checked={keep} onChange={(event) => setKeep(event.target.checked)} />
          <span>{t('keys.create.keep')}</span>
        </label>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('keys.create.creating') : t('keys.create.submit')}
          </button>
        </div>
      </form>
      <Outcome outcome={message} />
    </div>
  );
}
