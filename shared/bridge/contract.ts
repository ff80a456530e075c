/**
 * The platform bridge: every OS capability the renderer may use, with zod schemas for its argument and
 * result. `electron/preload` exposes it over IPC (checked again in main's gateway); `renderer/platform/web`
 * implements it with browser APIs. Nothing else crosses from the renderer to the OS.
 */
import { z } from 'zod';
import { BACKUP_FILE_NAME, CAPABILITIES, MAX_BYTES, type Capability } from './channels';

export const Bytes = z.custom<Uint8Array>(
  (v) => v instanceof Uint8Array && v.byteLength <= MAX_BYTES,
  { message: 'expected bytes (Uint8Array) of at most 1 GiB' },
);

/** A bare file name: no folders, no traversal, nothing a file system would treat specially. */
export const FileName = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'a file name without folders or reserved characters')
  .refine((n) => n !== '.' && n !== '..', 'not a file name');

export const FileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,10}$/)).min(1).max(10),
});

export const SaveFileArgs = z.object({
  suggestedName: FileName,
  bytes: Bytes,
  filters: z.array(FileFilter).max(10).default([]),
});
export const SaveFileResult = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), location: z.string() }),
  z.object({ saved: z.literal(false) }),
]);

export const OpenFileArgs = z.object({ filters: z.array(FileFilter).max(10).default([]) });
export const OpenFileResult = z.discriminatedUnion('opened', [
  z.object({ opened: z.literal(true), name: z.string(), bytes: Bytes }),
  z.object({ opened: z.literal(false) }),
]);

export const ChooseBackupFolderArgs = z.object({});
export const ChooseBackupFolderResult = z.discriminatedUnion('chosen', [
  z.object({ chosen: z.literal(true), folder: z.string().min(1) }),
  z.object({ chosen: z.literal(false) }),
]);

export const WriteBackupArgs = z.object({
  /** Where backups go. Electron: an absolute folder path the user chose; web: ignored (kept in the browser). */
  folder: z.string().min(1).max(4096),
  fileName: FileName.regex(BACKUP_FILE_NAME, 'a backup name: ecrf-backup-<stamp>.zip, .json or .ecrf-sealed'),
  bytes: Bytes,
  /** Keep the newest K backup files written by the app in that folder. */
  keep: z.number().int().min(1).max(1000),
});
export const WriteBackupResult = z.object({
  location: z.string(),
  removed: z.array(z.string()),
});

export const PrintToPdfArgs = z.object({ suggestedName: FileName });
export const PrintToPdfResult = SaveFileResult;

export const AppInfoArgs = z.object({});
export const AppInfoResult = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['electron', 'web']),
  /** Stable per installation (Electron) or per browser profile (web); created on first run. */
  deviceId: z.string().regex(/^[0-9a-f-]{36}$/),
});

export const bridgeContract = {
  saveFile: { args: SaveFileArgs, result: SaveFileResult },
  openFile: { args: OpenFileArgs, result: OpenFileResult },
  chooseBackupFolder: { args: ChooseBackupFolderArgs, result: ChooseBackupFolderResult },
  writeBackup: { args: WriteBackupArgs, result: WriteBackupResult },
  printToPdf: { args: PrintToPdfArgs, result: PrintToPdfResult },
  appInfo: { args: AppInfoArgs, result: AppInfoResult },
} as const;

// The contract and the zod-free capability list must name the same capabilities, in both directions.
type SameKeys<A, B> = [Exclude<A, B>, Exclude<B, A>] extends [never, never] ? true : never;
const _sameCapabilities: SameKeys<keyof typeof bridgeContract, Capability> = true;
void _sameCapabilities;
export const capabilities: readonly Capability[] = CAPABILITIES;

export type CapabilityArgs<K extends Capability> = z.input<(typeof bridgeContract)[K]['args']>;
export type CapabilityResult<K extends Capability> = z.output<(typeof bridgeContract)[K]['result']>;

/** What the renderer sees as `window.ecrf`, and what both platforms implement. */
export type EcrfBridge = {
  readonly [K in Capability]: (args: CapabilityArgs<K>) => Promise<CapabilityResult<K>>;
};
