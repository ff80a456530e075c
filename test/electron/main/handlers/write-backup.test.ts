import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { chooseBackupFolder } from '../../../../electron/main/handlers/choose-backup-folder';
import { writeBackup } from '../../../../electron/main/handlers/write-backup';
import { chosenFolders, type ChosenFolders } from '../../../../electron/main/os/chosen-folders';
import { useTempDir } from '../../temp-dir';
import { callContext, scriptedDialogs } from './fakes';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('chooseBackupFolder + writeBackup handlers', () => {
  const dir = useTempDir();
  let chosen: ChosenFolders;
  let folder: string;
  const { context } = callContext();

  beforeEach(async () => {
    folder = join(dir(), 'backups');
    mkdirSync(folder);
    chosen = chosenFolders(join(dir(), 'userData', 'backup-folders.json'));
    await expect(chooseBackupFolder(scriptedDialogs({ folder }), chosen)({}, context)).resolves.toEqual({ chosen: true, folder });
  });

  it('answers chosen: false when the user cancels the folder dialog', async () => {
    await expect(chooseBackupFolder(scriptedDialogs(), chosen)({}, context)).resolves.toEqual({ chosen: false });
  });

  it('writes the backup and keeps the newest K, never touching other files', async () => {
    writeFileSync(join(folder, 'readme.txt'), 'mine');
    const old = new Date('2026-01-01T00:00:00Z');
    for (const name of ['ecrf-backup-1.zip', 'ecrf-backup-2.zip']) {
      writeFileSync(join(folder, name), name);
      utimesSync(join(folder, name), old, old);
    }
    const result = await writeBackup(chosen)({ folder, fileName: 'ecrf-backup-3.zip', bytes: bytes('third'), keep: 2 }, context);
    expect(result).toEqual({ location: join(folder, 'ecrf-backup-3.zip'), removed: [join(folder, 'ecrf-backup-1.zip')] });
    expect(readdirSync(folder).sort()).toEqual(['ecrf-backup-2.zip', 'ecrf-backup-3.zip', 'readme.txt']);
    expect(readFileSync(join(folder, 'ecrf-backup-3.zip'), 'utf8')).toBe('third');
  });

  it('serialises overlapping calls so rotation never over- or under-deletes', async () => {
    const handler = writeBackup(chosen);
    await Promise.all([1, 2, 3, 4, 5].map((i) => handler({ folder, fileName: `ecrf-backup-${i}.zip`, bytes: bytes(`${i}`), keep: 2 }, context)));
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it('refuses a folder the user never chose, without writing', async () => {
    const elsewhere = join(dir(), 'elsewhere');
    mkdirSync(elsewhere);
    await expect(writeBackup(chosen)({ folder: elsewhere, fileName: 'ecrf-backup-1.zip', bytes: bytes('x'), keep: 1 }, context)).rejects.toThrow(/chooseBackupFolder/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('refuses names outside the backup pattern and relative folders', async () => {
    await expect(writeBackup(chosen)({ folder, fileName: 'notes.txt', bytes: bytes('x'), keep: 1 }, context)).rejects.toThrow(/ecrf-backup/);
    await expect(writeBackup(chosen)({ folder: 'backups', fileName: 'ecrf-backup-1.zip', bytes: bytes('x'), keep: 1 }, context)).rejects.toThrow(/absolute/);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reports a chosen folder that has gone (unplugged drive)', async () => {
    const gone = join(dir(), 'usb');
    await chooseBackupFolder(scriptedDialogs({ folder: gone }), chosen)({}, context);
    await expect(writeBackup(chosen)({ folder: gone, fileName: 'ecrf-backup-1.zip', bytes: bytes('x'), keep: 1 }, context)).rejects.toThrow(/does not exist/);
  });
});
