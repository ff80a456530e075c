/**
 * writeBackup: an automatic backup, written atomically into a folder the user chose earlier, then the
 * folder is trimmed to the newest `keep` app backups. Calls are serialised: two overlapping rotations of
 * one folder could otherwise count each other's files.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { writeFileAtomic } from '../os/atomic-write';
import { BACKUP_FILE_NAME, isBackupFileName, rotateBackups } from '../os/backup-rotation';
import type { ChosenFolders } from '../os/chosen-folders';
import type { Handler } from './types';

export const writeBackup = (chosen: ChosenFolders, write = writeFileAtomic): Handler<'writeBackup'> => {
  let queue: Promise<unknown> = Promise.resolve();
  const run = async ({ folder, fileName, bytes, keep }: Parameters<Handler<'writeBackup'>>[0]) => {
    if (!isAbsolute(folder)) throw new Error('the backup folder must be an absolute path');
    if (!isBackupFileName(fileName)) throw new Error(`backup file names must match ${BACKUP_FILE_NAME.source}`);
    if (!(await chosen.isChosen(folder))) throw new Error('the backup folder was not chosen with chooseBackupFolder; ask the user to choose it again');
    const info = await stat(folder).catch(() => null);
    if (!info?.isDirectory()) throw new Error(`the backup folder ${folder} does not exist (is the drive connected?)`);
    const location = join(folder, fileName);
    await write(location, bytes);
    const removed = await rotateBackups(folder, keep, fileName);
    return { location, removed };
  };
  return (args) => {
    const result = queue.then(() => run(args));
    queue = result.catch(() => undefined);
    return result;
  };
};
