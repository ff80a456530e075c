import type { BrowserWindow as ElectronWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronDialogs } from '../../../../electron/main/handlers/electron-dialogs';
import { BrowserWindow, dialog, resetElectronMock } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

describe('Electron dialogs port', () => {
  beforeEach(resetElectronMock);
  const filters = [{ name: 'CRF bundle', extensions: ['zip'] }];

  it('opens the save dialog modal to the calling window and returns the path', async () => {
    const window = new BrowserWindow({});
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/n/export.zip' });
    await expect(electronDialogs.chooseSavePath(window as unknown as ElectronWindow, { defaultName: 'export.zip', filters })).resolves.toBe('/home/n/export.zip');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: 'export.zip', filters }));
  });

  it('maps a cancelled dialog to undefined', async () => {
    await expect(electronDialogs.chooseSavePath(null, { defaultName: 'x.zip', filters })).resolves.toBeUndefined();
    await expect(electronDialogs.chooseOpenPath(null, { filters })).resolves.toBeUndefined();
    await expect(electronDialogs.chooseFolder(null)).resolves.toBeUndefined();
  });

  it('asks for one file, or for one folder', async () => {
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.zip'] });
    await expect(electronDialogs.chooseOpenPath(null, { filters })).resolves.toBe('/a.zip');
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ properties: ['openFile'] }));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/backups'] });
    await expect(electronDialogs.chooseFolder(null)).resolves.toBe('/backups');
    expect(dialog.showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ properties: expect.arrayContaining(['openDirectory']) }));
  });
});
