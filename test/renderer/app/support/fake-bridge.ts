import type { CapabilityResult, EcrfBridge } from '../../../../shared/bridge';

export const FAKE_DEVICE_ID = '0b7f4c8e-2d1a-4f6b-9c3e-5a8d7e6f1b2c';

/** An in-memory EcrfBridge for component tests; override any capability. */
export function fakeBridge(overrides: Partial<EcrfBridge> = {}): EcrfBridge {
  const info: CapabilityResult<'appInfo'> = { name: 'Bedside eCRF', version: '9.8.7', platform: 'web', deviceId: FAKE_DEVICE_ID };
  return {
    saveFile: async ({ suggestedName }) => ({ saved: true, location: `downloads/${suggestedName}` }),
    openFile: async () => ({ opened: false }),
    chooseBackupFolder: async () => ({ chosen: false }),
    writeBackup: async ({ fileName }) => ({ location: fileName, removed: [] }),
    printToPdf: async () => ({ saved: false }),
    appInfo: async () => info,
    ...overrides,
  };
}
