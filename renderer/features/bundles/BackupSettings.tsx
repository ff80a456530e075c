import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProtocols, useSession, useStore } from '../../app/providers';
import { getBackupConfig, setBackupConfig } from '../../db/backup-state';
import { useLiveQuery } from '../../db/use-live-query';
import { usePlatform } from '../../platform';
import { DetailList, Field } from '../../ui';
import { failureReason } from './backup/backup-text';
import { runBackup } from './backup/run-backup';
import { LastBackupStatus } from './LastBackupStatus';
import { Outcome, type OutcomeMessage } from './Outcome';

const KEEP_PATTERN = /^\d{1,4}$/;

/**
 * The automatic backup settings: the folder (chooseBackupFolder), how many to keep, "Back up now", and
 * the last backup. On the Bundles page; also suitable for Settings → Backups.
 */
export function BackupSettings() {
  const { t } = useTranslation();
  const store = useStore();
  const bridge = usePlatform();
  const session = useSession();
  const { latest } = useProtocols();
  const config = useLiveQuery(() => getBackupConfig(store), [store]);
  const [keepText, setKeepText] = useState<string | undefined>(undefined);
  const [keepError, setKeepError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<OutcomeMessage | undefined>(undefined);

  if (config.status !== 'ready') return config.status === 'failed' ? <p role="alert" className="notice notice--bad">{config.message}</p> : null;
  const current = config.value;
  const keepValue = keepText ?? String(current.keep);

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
        ]}
      />
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
      <Outcome outcome={message} />
    </div>
  );
}
