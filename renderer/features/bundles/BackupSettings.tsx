import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProtocols, useSession, useStore } from '../../app/providers';
import { shortFingerprint } from '../../../shared/export/sealed';
import { getBackupConfig, setBackupConfig, type BackupConfig } from '../../db/backup-state';
import { listRecipients } from '../../db/recipient-keys';
import { useLiveQuery } from '../../db/use-live-query';
import { usePlatform } from '../../platform';
import { DetailList, Field } from '../../ui';
import { failureReason } from './backup/backup-text';
import { runBackup } from './backup/run-backup';
import { LastBackupStatus } from './LastBackupStatus';
import { Outcome, type OutcomeMessage } from './Outcome';

const KEEP_PATTERN = /^\d{1,4}$/;
/** The select's value for "not encrypted" (a fingerprint is 64 hex digits, never empty). */
const PLAIN = '';

/** The config without a recipient: with exactOptionalPropertyTypes the key is left out, not set undefined. */
const withoutRecipient = ({ recipient: _dropped, ...rest }: BackupConfig): BackupConfig => rest;

/**
 * The automatic backup settings: the folder (chooseBackupFolder), how many to keep, "Back up now", and
 * the last backup, and the recipient backups are sealed for (none: plain zips). On the Bundles page; also suitable for Settings → Backups.
 */
export function BackupSettings() {
  const { t } = useTranslation();
  const store = useStore();
  const bridge = usePlatform();
  const session = useSession();
  const { latest } = useProtocols();
  const config = useLiveQuery(() => getBackupConfig(store), [store]);
  const recipients = useLiveQuery(() => listRecipients(store), [store]);
  const [recipientChoice, setRecipientChoice] = useState<string | undefined>(undefined);
  const [keepText, setKeepText] = useState<string | undefined>(undefined);
  const [keepError, setKeepError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<OutcomeMessage | undefined>(undefined);

  if (config.status !== 'ready') return config.status === 'failed' ? <p role="alert" className="notice notice--bad">{config.message}</p> : null;
  const current = config.value;
  const keepValue = keepText ?? String(current.keep);
  const recipientList = recipients.status === 'ready' ? recipients.value : [];
  const sealedFor = current.recipient === undefined ? undefined : recipientList.find((k) => k.fingerprint === current.recipient);
  // Only once the list is read: a recipient not (yet) seen is not called missing while it loads.
  const recipientMissing = current.recipient !== undefined && recipients.status === 'ready' && sealedFor === undefined;
  const recipientValue = recipientChoice ?? current.recipient ?? PLAIN;

  const choose = async () => {
    setMessage(undefined);
    try {
      const chosen = await bridge.chooseBackupFolder({});
      if (!chosen.chosen) return;
      const saved = await setBackupConfig(store, { ...current, folder: chosen.folder });
      setMessage(saved.ok ? { tone: 'good', lines: [t('bundles.backup.chosen', { folder: chosen.folder })] } : { tone: 'bad', lines: [saved.issues.message] });
    } catch (error) {
      setMessage({ tone: 'bad', lines: [error instanceof Error ? error.message : String(error)] });
    }
  };

  const saveKeep = async () => {
    const keep = Number(keepValue);
    if (!KEEP_PATTERN.test(keepValue.trim()) || keep < 1 || keep > 1000) return setKeepError(t('bundles.backup.keepInvalid'));
    setKeepError(undefined);
    const saved = await setBackupConfig(store, { ...current, keep });
    setKeepText(undefined);
    setMessage(saved.ok ? { tone: 'good', lines: [t('bundles.backup.keepSaved', { keep })] } : { tone: 'bad', lines: [saved.issues.message] });
  };

  const saveRecipient = async () => {
    const chosen = recipientValue === PLAIN ? undefined : recipientList.find((k) => k.fingerprint === recipientValue);
    // A stale choice (removed meanwhile, or the missing one still selected) is not saved as if it were usable.
    if (recipientValue !== PLAIN && chosen === undefined) return setMessage({ tone: 'bad', lines: [t('bundles.backupSeal.missing', { fingerprint: shortFingerprint(recipientValue) })] });
    const saved = await setBackupConfig(store, chosen === undefined ? withoutRecipient(current) : { ...current, recipient: chosen.fingerprint });
    setRecipientChoice(undefined);
    if (!saved.ok) return setMessage({ tone: 'bad', lines: [saved.issues.message] });
    setMessage({
      tone: 'good',
      lines: [chosen === undefined ? t('bundles.backupSeal.savedNone') : t('bundles.backupSeal.saved', { name: chosen.name, fingerprint: shortFingerprint(chosen.fingerprint) })],
    });
  };

  const sealedForText =
    current.recipient === undefined
      ? t('bundles.backupSeal.currentNone')
      : sealedFor !== undefined
        ? t('keys.seal.option', { name: sealedFor.name, fingerprint: shortFingerprint(sealedFor.fingerprint) })
        : t('bundles.backupSeal.currentMissing', { fingerprint: shortFingerprint(current.recipient) });

  const backUpNow = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      const run = await runBackup({ store, bridge, latest, siteId: session.siteId, user: { userId: session.user.userId, role: session.user.role } }, { force: true });
      switch (run.kind) {
        case 'off':
          return setMessage({ tone: 'bad', lines: [t('bundles.backup.offFirst')] });
        case 'not-due':
          return setMessage({ tone: 'good', lines: [t('bundles.backup.nothingToBackUp')] });
        case 'failed':
          return setMessage({ tone: 'bad', lines: [t('bundles.backup.nowFailed', { reason: failureReason(t, run) })] });
        case 'written':
          return setMessage({ tone: 'good', lines: run.written.files.map((f) => t('bundles.backup.nowWritten', { location: f.location })) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="bundle-panel">
      <p className="form-field__hint">{t('bundles.backup.hint', { keep: current.keep })}</p>
      <DetailList
        details={[
          { term: t('bundles.backup.folder'), value: current.folder ?? t('bundles.backup.folderNone'), code: current.folder !== undefined },
          { term: t('bundles.backup.keep'), value: String(current.keep) },
          { term: t('bundles.backupSeal.current'), value: sealedForText },
        ]}
      />
      {recipientMissing && current.recipient !== undefined ? (
        <p role="alert" className="notice notice--bad">
          {t('bundles.backupSeal.missing', { fingerprint: shortFingerprint(current.recipient) })}
        </p>
      ) : null}
      <p className="bundle-panel__status">
        <LastBackupStatus />
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void choose()}>
          {t('bundles.backup.choose')}
        </button>
        <button type="button" className="button button--primary" disabled={busy || current.folder === undefined} onClick={() => void backUpNow()}>
          {busy ? t('bundles.backup.running') : t('bundles.backup.now')}
        </button>
      </div>
      <form
        className="form-row"
        aria-label={t('bundles.backup.keep')}
        onSubmit={(event) => {
          event.preventDefault();
          void saveKeep();
        }}
      >
        <Field label={t('bundles.backup.keep')} hint={t('bundles.backup.keepHint')} error={keepError}>
          {(control) => <input {...control} type="text" inputMode="numeric" size={6} value={keepValue} onChange={(event) => setKeepText(event.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('bundles.backup.saveKeep')}
          </button>
        </div>
      </form>
      <form
        className="form-row"
        aria-label={t('bundles.backupSeal.label')}
        onSubmit={(event) => {
          event.preventDefault();
          void saveRecipient();
        }}
      >
        <Field label={t('bundles.backupSeal.label')} hint={t('bundles.backupSeal.hint')}>
          {(control) => (
            <select {...control} value={recipientValue} onChange={(event) => setRecipientChoice(event.target.value)}>
              <option value={PLAIN}>{t('bundles.backupSeal.none')}</option>
              {recipientMissing && current.recipient !== undefined ? (
                <option value={current.recipient}>{t('bundles.backupSeal.currentMissing', { fingerprint: shortFingerprint(current.recipient) })}</option>
              ) : null}
              {recipientList.map((key) => (
                <option key={key.fingerprint} value={key.fingerprint}>
                  {t('keys.seal.option', { name: key.name, fingerprint: shortFingerprint(key.fingerprint) })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('bundles.backupSeal.save')}
          </button>
        </div>
      </form>
      <Outcome outcome={message} />
    </div>
  );
}
