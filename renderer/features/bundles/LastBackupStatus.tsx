import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/providers';
import { getBackupConfig, getBackupStatus } from '../../db/backup-state';
import { useLiveQuery } from '../../db/use-live-query';
import { failureReason } from './backup/backup-text';
import { localWhen } from './format';

/**
 * The last automatic backup: when and where, or why the last attempt failed, or that backups are off.
 * A short line for the status bar (mount it inside the status bar's live region); re-read whenever a
 * backup is recorded.
 */
export function LastBackupStatus() {
  const { t } = useTranslation();
  const store = useStore();
  const state = useLiveQuery(async () => ({ config: await getBackupConfig(store), status: await getBackupStatus(store) }), [store]);
  if (state.status !== 'ready') return null;
  const { config, status } = state.value;
  const { written, failure } = status;
  let text: string;
  let tone = '';
  if (failure !== undefined) {
    text = t('bundles.backup.status.failed', { when: localWhen(failure.at), reason: failureReason(t, failure) });
    if (written !== undefined) text = `${text} ${t('bundles.backup.status.failedSince', { when: localWhen(written.at) })}`;
    tone = ' last-backup--failed';
  } else if (config.folder === undefined) {
    text = t('bundles.backup.status.off');
    tone = ' last-backup--off';
  } else if (written === undefined) {
    text = t('bundles.backup.status.none');
  } else {
    text = t('bundles.backup.status.written', { when: localWhen(written.at), location: written.files.map((f) => f.location).join(', ') });
  }
  return <span className={`status-bar__item last-backup${tone}`}>{text}</span>;
}
