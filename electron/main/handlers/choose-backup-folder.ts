/** chooseBackupFolder: the native folder dialog; the answer is remembered so writeBackup may use it. */
import type { ChosenFolders } from '../os/chosen-folders';
import type { Dialogs, Handler } from './types';

export const chooseBackupFolder =
  (dialogs: Dialogs, chosen: ChosenFolders): Handler<'chooseBackupFolder'> =>
  async (_args, { window }) => {
    const folder = await dialogs.chooseFolder(window);
    if (folder === undefined) return { chosen: false };
    await chosen.remember(folder);
    return { chosen: true, folder };
  };
