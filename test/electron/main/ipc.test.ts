import type { BrowserWindow as ElectronWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { capabilities, channelOf } from '../../../shared/bridge';
import type { Handlers } from '../../../electron/main/handlers';
import { registerGateway } from '../../../electron/main/ipc';
import { trustedSender } from '../../../electron/main/sender';
import { BrowserWindow, FakeWebFrame, invokeEvent, ipcMain, resetElectronMock } from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

const DEVICE = '3b241101-e2bb-4255-8caf-4136c566a962';

function fakeHandlers() {
  return {
    saveFile: vi.fn(async () => ({ saved: true as const, location: '/home/nurse/export.zip' })),
    openFile: vi.fn(async () => ({ opened: false as const })),
    chooseBackupFolder: vi.fn(async () => ({ chosen: false as const })),
    writeBackup: vi.fn(async () => ({ location: '/backups/ecrf-backup-1.zip', removed: [] })),
    printToPdf: vi.fn(async () => ({ saved: false as const })),
    appInfo: vi.fn(async () => ({ name: 'Bedside eCRF', version: '0.1.0', platform: 'electron' as const, deviceId: DEVICE })),
  } satisfies Handlers;
}

describe('the IPC gateway', () => {
  let appWindow: BrowserWindow;
  let handlers: ReturnType<typeof fakeHandlers>;
  let unregister: () => void;

  const setup = (origins: readonly string[] = ['app://ecrf'], url = 'app://ecrf/index.html') => {
    appWindow = new BrowserWindow({});
    appWindow.webContents.mainFrame.url = url;
    handlers = fakeHandlers();
    unregister = registerGateway(ipcMain as unknown as IpcMain, handlers, trustedSender(() => appWindow as unknown as ElectronWindow, origins));
  };
  const call = (channel: string, event: ReturnType<typeof invokeEvent>, ...args: unknown[]) =>
    ipcMain.invoke(channel, event as unknown as IpcMainInvokeEvent, ...args);
  const fromApp = () => invokeEvent(appWindow.webContents);
  const saveArgs = { suggestedName: 'export.zip', bytes: new Uint8Array([1, 2, 3]) };

  beforeEach(() => {
    resetElectronMock();
    setup();
  });

  it('registers exactly one handler per capability, on the contract channel', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(capabilities.map(channelOf).sort());
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('passes a good call through: parsed arguments (defaults applied) in, checked result out', async () => {
    await expect(call(channelOf('saveFile'), fromApp(), saveArgs)).resolves.toEqual({ saved: true, location: '/home/nurse/export.zip' });
    expect(handlers.saveFile).toHaveBeenCalledTimes(1);
    const [args, context] = handlers.saveFile.mock.calls[0] as unknown as [unknown, { window: unknown }];
    expect(args).toEqual({ ...saveArgs, filters: [] });
    expect(context.window).toBe(appWindow);
    await expect(call(channelOf('appInfo'), fromApp(), {})).resolves.toMatchObject({ deviceId: DEVICE });
  });

  it('refuses another webContents, even one showing the app origin', async () => {
    const other = new BrowserWindow({});
    other.webContents.mainFrame.url = 'app://ecrf/index.html';
    await expect(call(channelOf('saveFile'), invokeEvent(other.webContents), saveArgs)).rejects.toThrow(/refused/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('refuses the app window once it shows another origin', async () => {
    for (const url of ['https://evil.example/index.html', 'app://other/index.html', 'file:///app/out/renderer/index.html', 'http://localhost:5173/', 'about:blank']) {
      appWindow.webContents.mainFrame.url = url;
      await expect(call(channelOf('appInfo'), fromApp(), {}), url).rejects.toThrow(/refused/);
    }
    expect(handlers.appInfo).not.toHaveBeenCalled();
  });

  it('refuses a subframe, even of the app origin, and a frame that is gone', async () => {
    const sub = new FakeWebFrame('app://ecrf/index.html', appWindow.webContents.mainFrame);
    await expect(call(channelOf('appInfo'), invokeEvent(appWindow.webContents, sub), {})).rejects.toThrow(/refused/);
    await expect(call(channelOf('appInfo'), invokeEvent(appWindow.webContents, null), {})).rejects.toThrow(/refused/);
    expect(handlers.appInfo).not.toHaveBeenCalled();
  });

  it('refuses everything once the app window is destroyed', async () => {
    appWindow.destroyed = true;
    await expect(call(channelOf('appInfo'), fromApp(), {})).rejects.toThrow(/refused/);
  });

  it.each([
    ['saveFile', undefined, '$'],
    ['saveFile', 'export.zip', '$'],
    ['saveFile', { ...saveArgs, bytes: [1, 2, 3] }, '$.bytes'],
    ['saveFile', { ...saveArgs, suggestedName: '../../etc/passwd' }, '$.suggestedName'],
    ['saveFile', { ...saveArgs, filters: [{ name: 'Zip', extensions: ['zip', '*'] }] }, '$.filters[0].extensions[1]'],
    ['openFile', { filters: 'all' }, '$.filters'],
    ['writeBackup', { folder: '/b', fileName: 'ecrf-backup-1.zip', bytes: new Uint8Array(1), keep: 0 }, '$.keep'],
    ['printToPdf', { suggestedName: 'C:\\casebook.pdf' }, '$.suggestedName'],
  ] as const)('refuses malformed %s arguments (%j) naming the JSON path %s', async (capability, args, path) => {
    await expect(call(channelOf(capability), fromApp(), args)).rejects.toThrow(`at ${path}:`);
    expect(handlers[capability]).not.toHaveBeenCalled();
  });

  it('refuses extra arguments', async () => {
    await expect(call(channelOf('appInfo'), fromApp(), {}, { extra: true })).rejects.toThrow();
    expect(handlers.appInfo).not.toHaveBeenCalled();
  });

  it('refuses a handler result that breaks the contract', async () => {
    handlers.appInfo.mockResolvedValueOnce({ name: 'x', version: '1', platform: 'electron', deviceId: 'not-a-uuid' });
    await expect(call(channelOf('appInfo'), fromApp(), {})).rejects.toThrow(/\$\.deviceId/);
  });

  it('passes a handler failure on as a rejection', async () => {
    handlers.saveFile.mockRejectedValueOnce(new Error('disk full'));
    await expect(call(channelOf('saveFile'), fromApp(), saveArgs)).rejects.toThrow(/disk full/);
  });

  it('accepts the dev server origin only when configured for it', async () => {
    unregister();
    setup(['http://localhost:5173'], 'http://localhost:5173/');
    await expect(call(channelOf('appInfo'), fromApp(), {})).resolves.toMatchObject({ platform: 'electron' });
    appWindow.webContents.mainFrame.url = 'app://ecrf/index.html';
    await expect(call(channelOf('appInfo'), fromApp(), {})).rejects.toThrow(/refused/);
  });
});
