import { afterEach, describe, expect, it } from 'vitest';
import { createWebBridge, WEB_BACKUP_FOLDER, type WebBridge } from '../../../renderer/platform/web';

let n = 0;
const open: WebBridge[] = [];
function freshBridge(): WebBridge {
  const b = createWebBridge({ databaseName: `ecrf-web-platform-test-backups-${++n}`, indexedDB });
  open.push(b);
  return b;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((b) => b.close()));
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('web platform: automatic backups', () => {
  it('keeps them inside the browser and says so when asked for a folder', async () => {
    expect(await freshBridge().chooseBackupFolder({})).toEqual({ chosen: true, folder: WEB_BACKUP_FOLDER });
    expect(WEB_BACKUP_FOLDER).toMatch(/^browser-storage:/);
  });

  it('keeps the newest K backups and reports which ones it removed', async () => {
    const b = freshBridge();
    const write = (i: number) => b.writeBackup({ folder: WEB_BACKUP_FOLDER, fileName: `ecrf-backup-${i}.zip`, bytes: bytes(`#${i}`), keep: 3 });

    expect(await write(1)).toEqual({ location: `${WEB_BACKUP_FOLDER}/ecrf-backup-1.zip`, removed: [] });
    expect((await write(2)).removed).toEqual([]);
    expect((await write(3)).removed).toEqual([]);
    expect((await write(4)).removed).toEqual(['ecrf-backup-1.zip']);
    expect((await write(5)).removed).toEqual(['ecrf-backup-2.zip']);
    expect(await b.listBackups()).toEqual(['ecrf-backup-5.zip', 'ecrf-backup-4.zip', 'ecrf-backup-3.zip']);
  });

  it('orders by when a backup was written, not by name', async () => {
    const b = freshBridge();
    for (const name of ['ecrf-backup-c.zip', 'ecrf-backup-a.zip', 'ecrf-backup-b.zip']) {
      await b.writeBackup({ folder: 'ignored', fileName: name, bytes: bytes(name), keep: 2 });
    }
    expect(await b.listBackups()).toEqual(['ecrf-backup-b.zip', 'ecrf-backup-a.zip']);
  });

  it('replaces a backup of the same name (as a file system would) and counts it once', async () => {
    const b = freshBridge();
    await b.writeBackup({ folder: 'x', fileName: 'ecrf-backup-same.zip', bytes: bytes('old'), keep: 2 });
    await b.writeBackup({ folder: 'x', fileName: 'ecrf-backup-other.zip', bytes: bytes('o'), keep: 2 });
    expect((await b.writeBackup({ folder: 'x', fileName: 'ecrf-backup-same.zip', bytes: bytes('new'), keep: 2 })).removed).toEqual([]);
    expect(await b.listBackups()).toEqual(['ecrf-backup-same.zip', 'ecrf-backup-other.zip']);
  });

  it('shrinks to a smaller K on the next write', async () => {
    const b = freshBridge();
    for (let i = 1; i <= 4; i += 1) await b.writeBackup({ folder: 'x', fileName: `ecrf-backup-b${i}.zip`, bytes: bytes('.'), keep: 10 });
    expect((await b.writeBackup({ folder: 'x', fileName: 'ecrf-backup-b5.zip', bytes: bytes('.'), keep: 1 })).removed).toEqual(['ecrf-backup-b1.zip', 'ecrf-backup-b2.zip', 'ecrf-backup-b3.zip', 'ecrf-backup-b4.zip']);
    expect(await b.listBackups()).toEqual(['ecrf-backup-b5.zip']);
  });

  it('keeps sealed and plain backups in one rotation, and refuses a name that only looks sealed', async () => {
    const b = freshBridge();
    await b.writeBackup({ folder: 'x', fileName: 'ecrf-backup-1.zip', bytes: bytes('1'), keep: 2 });
    await b.writeBackup({ folder: 'x', fileName: 'ecrf-backup-2.ecrf-sealed', bytes: bytes('2'), keep: 2 });
    expect((await b.writeBackup({ folder: 'x', fileName: 'ecrf-backup-3.ecrf-sealed', bytes: bytes('3'), keep: 2 })).removed).toEqual(['ecrf-backup-1.zip']);
    await expect(b.writeBackup({ folder: 'x', fileName: 'ecrf-backup-4.ecrf-sealed.tmp', bytes: bytes('4'), keep: 2 })).rejects.toThrow();
    expect(await b.listBackups()).toEqual(['ecrf-backup-3.ecrf-sealed', 'ecrf-backup-2.ecrf-sealed']);
  });

  it('rejects arguments the contract forbids', async () => {
    const b = freshBridge();
    await expect(b.writeBackup({ folder: 'x', fileName: '../ecrf-backup-escape.zip', bytes: bytes('.'), keep: 3 })).rejects.toThrow();
    await expect(b.writeBackup({ folder: 'x', fileName: 'ecrf-backup-ok.zip', bytes: bytes('.'), keep: 0 })).rejects.toThrow();
    expect(await b.listBackups()).toEqual([]);
  });
});
