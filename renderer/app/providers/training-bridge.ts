import type { EcrfBridge } from '../../../shared/bridge';

/** Every file the app saves from the training database starts with this, so it can never pass for study data. */
export const TRAINING_FILE_PREFIX = 'training-';

/** Why an automatic backup is refused in training (shown as the backup's failure). */
export const TRAINING_BACKUP_REFUSED =
  'Training data is never written to the backup folder: backups hold real study data only. / 培训数据不会写入备份文件夹：备份只保存真实研究数据。';

const MAX_FILE_NAME = 200;

/** `training-<name>`, within the bridge's 200-character limit (the end of the name, with its extension, is kept). */
export function trainingFileName(name: string): string {
  if (name.startsWith(TRAINING_FILE_PREFIX)) return name;
  const room = MAX_FILE_NAME - TRAINING_FILE_PREFIX.length;
  return `${TRAINING_FILE_PREFIX}${name.length > room ? name.slice(name.length - room) : name}`;
}

/**
 * The platform as the app sees it while working on the training database: files it saves or prints are named
 * `training-…`, and backups are refused (the backup folder and its rotation hold real data only; a training
 * backup would push real backups out). Reading files and the app's identity are unchanged.
 */
export function trainingBridge(bridge: EcrfBridge): EcrfBridge {
  return {
    ...bridge,
    saveFile: (args) => bridge.saveFile({ ...args, suggestedName: trainingFileName(args.suggestedName) }),
    printToPdf: (args) => bridge.printToPdf({ ...args, suggestedName: trainingFileName(args.suggestedName) }),
    writeBackup: () => Promise.reject(new Error(TRAINING_BACKUP_REFUSED)),
  };
}
