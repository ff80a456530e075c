import { mkdirSync, readdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBackupFileName, rotateBackups } from '../../../../electron/main/os/backup-rotation';
import { useTempDir } from '../../temp-dir';

/** Creates `name` in `folder` with a modification time `minutesAgo` before a fixed instant. */
function file(folder: string, name: string, minutesAgo: number): void {
  const path = join(folder, name);
  writeFileSync(path, name);
  const time = new Date(Date.UTC(2026, 0, 1) - minutesAgo * 60_000);
  utimesSync(path, time, time);
}

describe('backup file names', () => {
  it.each(['ecrf-backup-2026-01-01T10-00-00Z.zip', 'ecrf-backup-site01_20260101.json', 'ecrf-backup-NCT05985863-dev1-2-20250310T010005Z.ecrf-sealed'])('accepts %s', (name) => {
    expect(isBackupFileName(name)).toBe(true);
  });
  it.each(['backup.zip', 'ecrf-backup-.zip', 'ecrf-backup-x.zip.tmp', '.ecrf-backup-x.zip.1234.tmp', 'my-ecrf-backup-x.zip', 'ecrf-backup-a b.zip', 'ECRF-BACKUP-x.zip',
    // Sealed backups: the exact ending only, nothing after it, and never a bare ending.
    'ecrf-backup-.ecrf-sealed', 'ecrf-backup-x.ecrf-sealed.tmp', 'ecrf-backup-x.sealed', 'ecrf-backup-x.ECRF-SEALED', 'ecrf-backup-x.ecrf_sealed', 'x.ecrf-sealed', 'ecrf-x-full.ecrf-sealed'])(
    'refuses %s',
    (name) => expect(isBackupFileName(name)).toBe(false),
  );
});

describe('rotateBackups', () => {
  const dir = useTempDir();

  it('counts sealed and plain backups together: the newest K of both kinds are kept', async () => {
    file(dir(), 'ecrf-backup-1.zip', 40);
    file(dir(), 'ecrf-backup-2.ecrf-sealed', 30);
    file(dir(), 'ecrf-backup-3.zip', 20);
    file(dir(), 'ecrf-backup-4.ecrf-sealed', 10);
    file(dir(), 'ecrf-backup-5.ecrf-sealed', 0);
    file(dir(), 'report.ecrf-sealed', 90);
    const removed = await rotateBackups(dir(), 3, 'ecrf-backup-5.ecrf-sealed');
    expect(removed.sort()).toEqual([join(dir(), 'ecrf-backup-1.zip'), join(dir(), 'ecrf-backup-2.ecrf-sealed')]);
    expect(readdirSync(dir()).sort()).toEqual(['ecrf-backup-3.zip', 'ecrf-backup-4.ecrf-sealed', 'ecrf-backup-5.ecrf-sealed', 'report.ecrf-sealed']);
  });

  it('keeps the newest K backups (the one just written included) and returns what it removed', async () => {
    for (let i = 1; i <= 5; i += 1) file(dir(), `ecrf-backup-${i}.zip`, 60 - i);
    file(dir(), 'ecrf-backup-6.zip', 0);
    const removed = await rotateBackups(dir(), 3, 'ecrf-backup-6.zip');
    expect(removed.sort()).toEqual([1, 2, 3].map((i) => join(dir(), `ecrf-backup-${i}.zip`)));
    expect(readdirSync(dir()).sort()).toEqual(['ecrf-backup-4.zip', 'ecrf-backup-5.zip', 'ecrf-backup-6.zip']);
  });

  it('never touches other files, folders, links or temp files, even when they look old', async () => {
    const others = ['notes.txt', 'backup.zip', 'other-app-backup-1.zip', '.ecrf-backup-7.zip.abc.tmp', 'ecrf-backup-9.zip.partial'];
    for (const name of others) file(dir(), name, 10_000);
    mkdirSync(join(dir(), 'ecrf-backup-folder.zip'));
    symlinkSync(join(dir(), 'notes.txt'), join(dir(), 'ecrf-backup-link.zip'));
    for (let i = 1; i <= 4; i += 1) file(dir(), `ecrf-backup-${i}.zip`, 100 - i);
    await rotateBackups(dir(), 1, 'ecrf-backup-4.zip');
    expect(readdirSync(dir()).sort()).toEqual([...others, 'ecrf-backup-4.zip', 'ecrf-backup-folder.zip', 'ecrf-backup-link.zip'].sort());
  });

  it('never deletes the file just written, even if its clock is behind', async () => {
    file(dir(), 'ecrf-backup-new.zip', 500);
    file(dir(), 'ecrf-backup-a.zip', 1);
    file(dir(), 'ecrf-backup-b.zip', 2);
    await rotateBackups(dir(), 2, 'ecrf-backup-new.zip');
    expect(readdirSync(dir()).sort()).toEqual(['ecrf-backup-a.zip', 'ecrf-backup-new.zip']);
  });

  it('breaks modification-time ties by name, newest name first', async () => {
    for (const name of ['ecrf-backup-2026-01-01.zip', 'ecrf-backup-2026-01-02.zip', 'ecrf-backup-2026-01-03.zip']) file(dir(), name, 5);
    file(dir(), 'ecrf-backup-2026-01-04.zip', 0);
    await rotateBackups(dir(), 2, 'ecrf-backup-2026-01-04.zip');
    expect(readdirSync(dir()).sort()).toEqual(['ecrf-backup-2026-01-03.zip', 'ecrf-backup-2026-01-04.zip']);
  });

  it('removes nothing while there are at most K backups', async () => {
    file(dir(), 'ecrf-backup-1.zip', 2);
    file(dir(), 'ecrf-backup-2.zip', 1);
    expect(await rotateBackups(dir(), 5, 'ecrf-backup-2.zip')).toEqual([]);
    expect(readdirSync(dir())).toHaveLength(2);
  });

  it('refuses a keep count below 1', async () => {
    await expect(rotateBackups(dir(), 0, 'ecrf-backup-1.zip')).rejects.toThrow(/keep/);
  });
});
