/**
 * The installation's stable device id (UUID v4), kept in `<userData>/device.json`. Every event the app
 * records carries it, and event identity is (deviceId, seq); so the id must never change under existing
 * data. Hence: created once, written atomically, and a file that cannot be read or parsed is REPORTED,
 * never silently replaced (a fresh id would fork this laptop's event chain and collide with its own seqs).
 * Repair is a human decision: restore device.json from a backup, or remove it to start a new identity.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { fail, ok, type Result } from '../../../shared/lib/result';
import { writeFileAtomic } from './atomic-write';

export const DEVICE_FILE = 'device.json';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const DeviceFile = z.object({
  deviceId: z.string().regex(UUID_V4, 'a lowercase UUID v4'),
  createdAt: z.string(),
});

export interface DeviceIdentity {
  readonly deviceId: string;
  /** True when this call created the file (first run). */
  readonly created: boolean;
}

/** Why the id could not be read: the file's path and a sentence a support person can act on. */
export interface DeviceIdProblem {
  readonly file: string;
  readonly message: string;
}

const isMissing = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && error.code === 'ENOENT';

/**
 * Reads the device id from `folder`, creating it on first run. `newId` is injectable for tests.
 * NOTE: not safe against two processes creating it at the same moment; the single-instance lock and the
 * appInfo handler's memoisation make that impossible in the app.
 */
export async function loadOrCreateDeviceId(
  folder: string,
  newId: () => string = randomUUID,
): Promise<Result<DeviceIdentity, DeviceIdProblem>> {
  const file = join(folder, DEVICE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!isMissing(error)) {
      return fail({ file, message: `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}` });
    }
    const deviceId = newId();
    if (!UUID_V4.test(deviceId)) throw new Error(`generated device id is not a lowercase UUID v4: ${deviceId}`);
    await mkdir(folder, { recursive: true });
    const body = `${JSON.stringify({ deviceId, createdAt: new Date().toISOString() }, null, 2)}\n`;
    await writeFileAtomic(file, new TextEncoder().encode(body));
    return ok({ deviceId, created: true });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({ file, message: `${file} is not valid JSON; it was left as is (restore it from a backup, or remove it to start a new device identity)` });
  }
  const parsed = DeviceFile.safeParse(json);
  if (!parsed.success) {
    return fail({ file, message: `${file} does not hold a valid device id; it was left as is (restore it from a backup, or remove it to start a new device identity)` });
  }
  return ok({ deviceId: parsed.data.deviceId, created: false });
}
