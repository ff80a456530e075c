/**
 * renderer/features/bundles: CRF bundles on this laptop (docs/guide-data-manager.md).
 *
 * - BundlesPage: the /bundles route (export, import, automatic backups, restore, history).
 * - useAutomaticBackup(): mount ONCE inside the providers (store, session, protocols, platform), e.g. in
 *   the app layout; writes the automatic backups.
 * - LastBackupStatus: one line for the status bar (inside its role="status" region).
 * - BackupSettings: folder, how many to keep, "Back up now" (for Settings → Backups too).
 */
export { BundlesPage } from './BundlesPage';
export { LastBackupStatus } from './LastBackupStatus';
export { BackupSettings } from './BackupSettings';
export { useAutomaticBackup } from './backup/use-automatic-backup';
export { BackupScheduler, BACKUP_INTERVAL_MS, BACKUP_SETTLE_MS, type BackupSchedulerOptions, type BackupTrigger, type SchedulerTimers } from './backup/backup-scheduler';
export { runBackup, type BackupDeps, type BackupRun } from './backup/run-backup';
export { buildExport, type BuiltExport, type ExportFailure, type ExportRequest } from './build-export';
