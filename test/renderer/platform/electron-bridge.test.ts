import { describe, expect, it } from 'vitest';
import type { EcrfBridge } from '../../../shared/bridge';
import { MalformedBridgeResultError, createElectronBridge } from '../../../renderer/platform/electron-bridge';
import { selectPlatform } from '../../../renderer/platform';
import { fakeBridge } from '../app/support/fake-bridge';

describe('the desktop bridge wrapper', () => {
  it('passes well-formed results through', async () => {
    const bridge = createElectronBridge(fakeBridge());
    expect(await bridge.saveFile({ suggestedName: 'x.zip', bytes: new Uint8Array() })).toEqual({ saved: true, location: 'downloads/x.zip' });
    expect((await bridge.appInfo({})).platform).toBe('web');
  });

  it('rejects a malformed result from window.ecrf instead of handing it to the UI', async () => {
    const raw = fakeBridge({
      appInfo: async () => ({ name: 'Bedside eCRF', version: '1.0.0', platform: 'electron', deviceId: 'not a uuid' }),
      saveFile: async () => ({ saved: true }) as unknown as Awaited<ReturnType<EcrfBridge['saveFile']>>,
      writeBackup: async () => 'done' as unknown as Awaited<ReturnType<EcrfBridge['writeBackup']>>,
    });
    const bridge = createElectronBridge(raw);
    await expect(bridge.appInfo({})).rejects.toBeInstanceOf(MalformedBridgeResultError);
    await expect(bridge.appInfo({})).rejects.toThrow(/appInfo returned a malformed result: deviceId/);
    await expect(bridge.saveFile({ suggestedName: 'x.zip', bytes: new Uint8Array() })).rejects.toThrow(/saveFile returned a malformed result/);
    await expect(bridge.writeBackup({ folder: '/b', fileName: 'b.zip', bytes: new Uint8Array(), keep: 1 })).rejects.toThrow(MalformedBridgeResultError);
  });

  it('passes a rejection from window.ecrf on unchanged', async () => {
    const bridge = createElectronBridge(fakeBridge({ openFile: () => Promise.reject(new Error('dialog failed')) }));
    await expect(bridge.openFile({})).rejects.toThrow('dialog failed');
  });
});

describe('choosing the platform', () => {
  it('uses window.ecrf when preload exposed it, wrapped so its results are checked', async () => {
    const raw = fakeBridge({ appInfo: async () => ({ name: 'n', version: 'v', platform: 'electron', deviceId: 'bad' }) });
    const chosen = selectPlatform({ ecrf: raw });
    expect(chosen).not.toBe(raw);
    await expect(chosen.appInfo({})).rejects.toThrow(MalformedBridgeResultError);
  });

  it('uses the browser implementation otherwise', async () => {
    const chosen = selectPlatform({});
    expect((await chosen.appInfo({})).platform).toBe('web');
  });
});
