/**
 * appInfo: name, version and the installation's device id. The id is read (or created on first run) once
 * per process and then reused; a corrupt device.json makes every call fail with the file's path rather than
 * handing out a new id (see os/device-id.ts for why).
 */
import { loadOrCreateDeviceId, type DeviceIdentity } from '../os/device-id';
import type { Handler } from './types';

export interface AppInfoSource {
  readonly name: string;
  readonly version: string;
  /** app.getPath('userData'), where device.json lives. */
  readonly userDataDir: string;
}

export const appInfo = (source: AppInfoSource, load = loadOrCreateDeviceId): Handler<'appInfo'> => {
  let identity: Promise<DeviceIdentity> | undefined;
  const deviceIdentity = (): Promise<DeviceIdentity> => {
    identity ??= load(source.userDataDir).then((result) => {
      if (!result.ok) throw new Error(`device id unavailable: ${result.issues.message}`);
      return result.value;
    });
    // A failure is not cached: once someone repairs the file, the next call succeeds without a restart.
    identity.catch(() => {
      identity = undefined;
    });
    return identity;
  };
  return async () => ({
    name: source.name,
    version: source.version,
    platform: 'electron',
    deviceId: (await deviceIdentity()).deviceId,
  });
};
