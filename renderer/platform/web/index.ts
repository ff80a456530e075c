/**
 * The browser platform: the same capabilities as the desktop app, with browser APIs. Saving is a download,
 * opening is a file input, printing is the print dialog, and automatic backups and the device id live in a
 * small IndexedDB database of their own (see platform-db.ts).
 */
import { WriteBackupArgs, type EcrfBridge } from '../../../shared/bridge';
import { APP_NAME, APP_VERSION } from '../app-identity';
import { WEB_BACKUP_FOLDER, backupLocation, listBackups, storeBackup } from './backups';
import { getOrCreateDeviceId } from './device-id';
import { downloadFile } from './download';
import { pickFile } from './file-picker';
import { openPlatformDb, WEB_PLATFORM_DB } from './platform-db';
import { printPage } from './print';

export interface WebBridgeOptions {
  /** Defaults to the page's `indexedDB`. */
  readonly indexedDB?: IDBFactory;
  /** Defaults to `ecrf-web-platform`; tests use their own. */
  readonly databaseName?: string;
  /** Defaults to `crypto.randomUUID()`. */
  readonly newId?: () => string;
  /** Defaults to the page's `window`. */
  readonly window?: Window;
  /** The clock for backup timestamps; defaults to `Date.now`. */
  readonly now?: () => number;
}

export interface WebBridge extends EcrfBridge {
  /** Names of the backups kept in the browser, newest first. */
  listBackups(): Promise<string[]>;
  /** Closes the platform database (tests; the app keeps it open). */
  close(): Promise<void>;
}

export function createWebBridge(options: WebBridgeOptions = {}): WebBridge {
  const view = options.window ?? window;
  const factory = options.indexedDB ?? view.indexedDB;
  const newId = options.newId ?? (() => view.crypto.randomUUID());
  const now = options.now ?? Date.now;
  let opened: Promise<IDBDatabase> | undefined;
  const db = (): Promise<IDBDatabase> => {
    opened ??= openPlatformDb(factory, options.databaseName ?? WEB_PLATFORM_DB).catch((error: unknown) => {
      opened = undefined; // let a later call try again
      throw error;
    });
    return opened;
  };
  let deviceId: Promise<string> | undefined;

  return {
    saveFile: async (args) => downloadFile(view.document, args),
    openFile: (args) => pickFile(view.document, args),
    chooseBackupFolder: async () => ({ chosen: true, folder: WEB_BACKUP_FOLDER }),
    writeBackup: async (args) => {
      const { fileName, bytes, keep } = WriteBackupArgs.parse(args);
      const removed = await storeBackup(await db(), { name: fileName, bytes, writtenAt: new Date(now()).toISOString() }, keep);
      return { location: backupLocation(fileName), removed };
    },
    printToPdf: async (args) => printPage(view, args),
    appInfo: async () => {
      deviceId ??= db()
        .then((d) => getOrCreateDeviceId(d, newId))
        .catch((error: unknown) => {
          deviceId = undefined;
          throw error;
        });
      return { name: APP_NAME, version: APP_VERSION, platform: 'web', deviceId: await deviceId };
    },
    listBackups: async () => listBackups(await db()),
    close: async () => {
      const pending = opened;
      opened = undefined;
      deviceId = undefined;
      if (pending) (await pending).close();
    },
  };
}

export { WEB_BACKUP_FOLDER } from './backups';
