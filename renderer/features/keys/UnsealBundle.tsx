import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFingerprint, shortFingerprint, type PrivateKeyFile, type SealedHeader, type SealedIssue } from '../../../shared/export/sealed';
import { useStore } from '../../app/providers';
import { listOwnKeys } from '../../db/recipient-keys';
import { useLiveQuery } from '../../db/use-live-query';
import { usePlatform } from '../../platform';
import { Field } from '../../ui';
import { keyFileFilters, readPrivateKeyFile } from './key-files';
import { KeyFileProblems } from './KeyFileProblems';
import { unlockPrivateKey, unsealBundle } from './recipient-crypto';

type Problem = { readonly kind: 'message'; readonly text: string } | { readonly kind: 'key-file'; readonly fileName: string; readonly issues: readonly SealedIssue[] };

/**
 * A sealed bundle being imported: says whose key it is sealed for, asks for the private key (kept on
 * this laptop, or a key file) and its passphrase, and hands the decrypted bundle zip to `onOpened` for
 * the normal verified import. Every refusal (wrong passphrase, another person's key, a tampered file)
 * is explained and changes nothing.
 */
export function UnsealBundle({
  fileName,
  bytes,
  header,
  onOpened,
  onCancel,
}: {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly header: SealedHeader;
  readonly onOpened: (bundle: Uint8Array) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const bridge = usePlatform();
  const stored = useLiveQuery(() => listOwnKeys(store), [store]);
  const [fromFile, setFromFile] = useState<{ readonly fileName: string; readonly key: PrivateKeyFile } | undefined>(undefined);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);

  const storedKeys = stored.status === 'ready' ? stored.value : [];
  // Offered in order: a key file just opened, the stored key the bundle is sealed for, any stored key.
  const options = [
    ...(fromFile === undefined ? [] : [{ id: 'file', key: fromFile.key, label: t('keys.unseal.keyFromFile', { name: fromFile.key.name, fingerprint: shortFingerprint(fromFile.key.fingerprint), file: fromFile.fileName }) }]),
    ...storedKeys.map((key) => ({ id: `stored:${key.fingerprint}`, key, label: t('keys.unseal.keyStored', { name: key.name, fingerprint: shortFingerprint(key.fingerprint) }) })),
  ];
  const preferred = options.find((o) => o.id === 'file') ?? options.find((o) => o.key.fingerprint === header.recipient.fingerprint) ?? options[0];
  const selected = options.find((o) => o.id === chosen) ?? preferred;

  const openKeyFile = async () => {
    setProblem(undefined);
    try {
      const file = await bridge.openFile({ filters: keyFileFilters(t('keys.fileFilter')) });
      if (!file.opened) return;
      const parsed = readPrivateKeyFile(file.bytes);
      if (!parsed.ok) return setProblem({ kind: 'key-file', fileName: file.name, issues: parsed.issues });
      setFromFile({ fileName: file.name, key: parsed.value });
      setChosen('file');
    } catch (error) {
      setProblem({ kind: 'message', text: error instanceof Error ? error.message : String(error) });
    }
  };

  const decrypt = async () => {
    if (selected === undefined) return;
    const key = selected.key;
    if (passphrase === '') return setProblem({ kind: 'message', text: t('keys.unseal.passphraseMissing') });
    // Another person's key is named before the slow passphrase check: no need to type it for nothing.
    const wrongKey = () =>
      setProblem({
        kind: 'message',
        text: t('keys.unseal.wrong-key', { recipient: header.recipient.name, fingerprint: formatFingerprint(header.recipient.fingerprint), offered: key.name }),
      });
    if (key.fingerprint !== header.recipient.fingerprint) return wrongKey();
    setBusy(true);
    setProblem(undefined);
    try {
      const unlocked = await unlockPrivateKey(key, passphrase);
      if (!unlocked.ok) return setProblem({ kind: 'message', text: t('keys.unseal.wrong-passphrase', { name: key.name }) });
      const opened = await unsealBundle(bytes, unlocked.value);
      if (opened.ok) {
        setPassphrase('');
        return onOpened(opened.value);
      }
      switch (opened.issues.kind) {
        case 'wrong-key':
          return wrongKey();
        case 'tampered':
          return setProblem({ kind: 'message', text: t('keys.unseal.tampered') });
        case 'header':
          return setProblem({ kind: 'message', text: t('keys.unseal.header', { name: fileName }) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="key-panel">
      <p>
        {t('keys.unseal.forRecipient', { name: fileName, recipient: header.recipient.name, fingerprint: formatFingerprint(header.recipient.fingerprint) })}
      </p>
      <form
        aria-label={t('keys.unseal.title')}
        onSubmit={(event) => {
          event.preventDefault();
          void decrypt();
        }}
      >
        {options.length === 0 ? (
          <p className="form-field__hint">{t('keys.unseal.noKey')}</p>
        ) : (
          <Field label={t('keys.unseal.key')}>
            {(control) => (
              <select {...control} value={selected?.id ?? ''} disabled={busy} onChange={(event) => setChosen(event.target.value)}>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <div className="form-actions">
          <button type="button" className="button" disabled={busy} onClick={() => void openKeyFile()}>
            {t('keys.unseal.openKeyFile')}
          </button>
        </div>
        <Field label={t('keys.unseal.passphrase')}>
          {(control) => <input {...control} type="password" autoComplete="current-password" value={passphrase} disabled={busy} onChange={(event) => setPassphrase(event.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy || selected === undefined}>
            {busy ? t('keys.unseal.decrypting') : t('keys.unseal.decrypt')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={onCancel}>
            {t('keys.unseal.cancel')}
          </button>
        </div>
      </form>
      {problem?.kind === 'key-file' ? <KeyFileProblems title={t('keys.unseal.keyFileInvalid', { name: problem.fileName })} issues={problem.issues} /> : null}
      <div role="alert" className="bundle-outcome">
        {problem?.kind === 'message' ? <p className="notice notice--bad">{problem.text}</p> : null}
      </div>
    </div>
  );
}
