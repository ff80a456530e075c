/** The `Dialogs` port bound to Electron's native dialogs, modal to the calling window when there is one. */
import { dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Dialogs, FileFilter } from './types';

const mutable = (filters: readonly FileFilter[]) => filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));

export const electronDialogs: Dialogs = {
  async chooseSavePath(window, { defaultName, filters }) {
    const options: SaveDialogOptions = { defaultPath: defaultName, filters: mutable(filters), properties: ['showOverwriteConfirmation', 'createDirectory'] };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? undefined : result.filePath;
  },
  async chooseOpenPath(window, { filters }) {
    const options: OpenDialogOptions = { filters: mutable(filters), properties: ['openFile'] };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  },
  async chooseFolder(window) {
    const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? undefined : result.filePaths[0];
  },
};
