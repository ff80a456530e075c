import type { TFunction } from 'i18next';
import type { BackupFailure } from '../../../db/backup-state';
import { enBundles } from '../../../i18n/sections/bundles.en';

const OWN_CODES = ['no-site', 'protocol-missing', 'write-failed', 'status-failed', 'unexpected'] as const;
type OwnCode = (typeof OWN_CODES)[number];
type IssueCode = keyof typeof enBundles.issue;

/** Failures of sealing a backup for its recipient (their strings sit in `bundles.backupSeal`). */
const SEAL_CODES = ['recipient-missing', 'seal-failed'] as const;
type SealCode = (typeof SEAL_CODES)[number];

const isOwn = (code: string): code is OwnCode => (OWN_CODES as readonly string[]).includes(code);
const isSeal = (code: string): code is SealCode => (SEAL_CODES as readonly string[]).includes(code);
const isIssue = (code: string): code is IssueCode => Object.hasOwn(enBundles.issue, code);

/** Why a backup failed, in the current language (a bundle issue code is explained as on import). */
export function failureReason(t: TFunction, failure: Pick<BackupFailure, 'code' | 'message'>): string {
  if (isSeal(failure.code)) return t(`bundles.backupSeal.failure.${failure.code}`, { message: failure.message });
  if (isOwn(failure.code)) return t(`bundles.backup.failure.${failure.code}`, { message: failure.message });
  const reason = isIssue(failure.code) ? `${failure.code}: ${t(`bundles.issue.${failure.code}`)}` : failure.code;
  return t('bundles.backup.failure.other', { reason, message: failure.message });
}
