import { describe, expect, it } from 'vitest';
import { BACKUP_FILE_NAME, WriteBackupArgs } from '../../../shared/bridge';
import { SEALED_EXTENSION } from '../../../shared/export/sealed';
import { backupFileName } from '../../../shared/export/workflow/file-names';

/*
 * The one pattern that decides which files an automatic backup may have, and so which files rotation may
 * ever delete: a plain backup (.zip, .json) or one sealed for a recipient (.ecrf-sealed), nothing else.
 */

const plain = backupFileName({ protocolId: 'NCT05985863', deviceId: 'dev1-2', createdAt: '2025-03-10T01:00:05.000Z' });
const sealed = `${plain.replace(/\.zip$/, '')}${SEALED_EXTENSION}`;

describe('BACKUP_FILE_NAME', () => {
  it.each([plain, sealed, 'ecrf-backup-x.json'])('accepts %s', (name) => {
    expect(name).toMatch(BACKUP_FILE_NAME);
  });

  it.each([
    'ecrf-backup-x.zip.tmp',
    'ecrf-backup-x.ecrf-sealed.tmp',
    `${sealed}.1234.tmp`,
    `.${sealed}`,
    'ecrf-backup-.ecrf-sealed',
    'ecrf-backup-x.sealed',
    'ecrf-backup-x.ecrf-sealedx',
    'ecrf-backup-x.ECRF-SEALED',
    'ecrf-backup-a b.ecrf-sealed',
    'ecrf-NCT05985863-03-dev1-full-20250310T0100Z.ecrf-sealed',
    'ecrf-backup-../x.ecrf-sealed',
    'notes.txt',
  ])('refuses %s', (name) => {
    expect(name).not.toMatch(BACKUP_FILE_NAME);
  });

  it('the bridge contract takes a sealed backup name and refuses anything else', () => {
    const args = { folder: '/media/usb/ecrf-backups', bytes: new Uint8Array(1), keep: 3 };
    expect(WriteBackupArgs.safeParse({ ...args, fileName: sealed }).success).toBe(true);
    const refused = WriteBackupArgs.safeParse({ ...args, fileName: 'ecrf-backup-x.ecrf-sealed.part' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['fileName']);
  });
});
