import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chosenFolders } from '../../../../electron/main/os/chosen-folders';
import { useTempDir } from '../../temp-dir';

describe('chosen backup folders', () => {
  const dir = useTempDir();
  const file = () => join(dir(), 'userData', 'backup-folders.json');

  it('remembers folders across instances (restarts)', async () => {
    await chosenFolders(file()).remember('/media/usb/backups');
    const afterRestart = chosenFolders(file());
    expect(await afterRestart.isChosen('/media/usb/backups')).toBe(true);
    expect(await afterRestart.isChosen('/media/usb/backups/')).toBe(true);
    expect(await afterRestart.isChosen('/media/usb')).toBe(false);
    expect(await afterRestart.isChosen('/media/usb/backups/../../../etc')).toBe(false);
  });

  it('compares case-insensitively on Windows only', async () => {
    await chosenFolders(file(), 'win32').remember('D:\\Backups');
    expect(await chosenFolders(file(), 'win32').isChosen('d:\\backups')).toBe(true);
    await chosenFolders(file(), 'linux').remember('/Backups');
    expect(await chosenFolders(file(), 'linux').isChosen('/backups')).toBe(false);
  });

  it('treats an unreadable file as "nothing chosen"', async () => {
    await chosenFolders(file()).remember('/backups');
    writeFileSync(file(), '{not json');
    expect(await chosenFolders(file()).isChosen('/backups')).toBe(false);
  });
});
