/** The handler map the gateway dispatches to: one entry per capability, checked exhaustive by its type. */
import { join } from 'node:path';
import { CHOSEN_FOLDERS_FILE, chosenFolders } from '../os/chosen-folders';
import { appInfo, type AppInfoSource } from './app-info';
import { chooseBackupFolder } from './choose-backup-folder';
import { openFile } from './open-file';
import { printToPdf } from './print-to-pdf';
import { saveFile } from './save-file';
import type { Dialogs, Handlers } from './types';
import { writeBackup } from './write-backup';

export function createHandlers(dialogs: Dialogs, app: AppInfoSource): Handlers {
  const chosen = chosenFolders(join(app.userDataDir, CHOSEN_FOLDERS_FILE));
  return {
    saveFile: saveFile(dialogs),
    openFile: openFile(dialogs),
    chooseBackupFolder: chooseBackupFolder(dialogs, chosen),
    writeBackup: writeBackup(chosen),
    printToPdf: printToPdf(dialogs),
    appInfo: appInfo(app),
  };
}

export type { CallContext, Dialogs, Handler, Handlers } from './types';
