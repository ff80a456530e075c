/**
 * Names for what leaves a laptop: bundle files, automatic backup files and bundle ids. Pure: the
 * time and the random part are passed in. Times in names are UTC (a trailing "Z"), so two sites in
 * different time zones never produce names that sort wrongly or collide.
 */
import { BACKUP_FILE_NAME } from '../../bridge/channels';
import type { BundleKind } from '../bundle/manifest';

/** A piece of a file name: letters, digits, ".", "_" and "-" only; anything else becomes "-". */
export function fileSegment(text: string, fallback = 'x'): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return cleaned === '' ? fallback : cleaned;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `20250310T0900Z` (minutes) or `20250310T090005Z` (seconds), from an ISO instant. */
export function utcStamp(createdAt: string, withSeconds = false): string {
  const at = new Date(createdAt);
  if (Number.isNaN(at.getTime())) throw new RangeError(`not an instant: ${createdAt}`);
  const date = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}`;
  const time = `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${withSeconds ? pad(at.getUTCSeconds()) : ''}`;
  return `${date}T${time}Z`;
}

/** The first 8 characters of a device id: enough to tell a site's laptops apart in a folder listing. */
export const device8 = (deviceId: string): string => fileSegment(deviceId).slice(0, 8);

export interface BundleNameInput {
  readonly protocolId: string;
  readonly site: string;
  readonly deviceId: string;
  readonly kind: BundleKind;
  /** The export time, ISO instant. */
  readonly createdAt: string;
}

/** `ecrf-<protocol>-<site>-<device8>-<full|inc>-<yyyymmddThhmmZ>.zip` */
export function bundleFileName(input: BundleNameInput): string {
  const kind = input.kind === 'full' ? 'full' : 'inc';
  return `ecrf-${fileSegment(input.protocolId)}-${fileSegment(input.site)}-${device8(input.deviceId)}-${kind}-${utcStamp(input.createdAt)}.zip`;
}

/**
 * `ecrf-backup-<protocol>-<device8>-<yyyymmddThhmmssZ>.zip`: always matches BACKUP_FILE_NAME, the
 * only names the platform writes and rotates. Seconds, so backups a minute apart never replace each other.
 */
export function backupFileName(input: Omit<BundleNameInput, 'kind' | 'site'>): string {
  const name = `ecrf-backup-${fileSegment(input.protocolId)}-${device8(input.deviceId)}-${utcStamp(input.createdAt, true)}.zip`;
  if (!BACKUP_FILE_NAME.test(name)) throw new Error(`internal: ${name} is not a backup name`);
  return name;
}

/**
 * A bundle id (also the ODM FileOID): `b-<yyyymmddThhmmssZ>-<device8>-<unique>`, within the
 * manifest's id rule (letters, digits, ".", "_", ":", "-"; at most 128).
 */
export function newBundleId(input: { readonly deviceId: string; readonly createdAt: string; readonly unique: string }): string {
  return `b-${utcStamp(input.createdAt, true)}-${device8(input.deviceId)}-${fileSegment(input.unique).slice(0, 40)}`;
}

/** `ecrf-<protocol>-<site>-<device8>-blinded-<yyyymmddThhmmZ>.zip`: a blinded extract (no events). */
export function blindedExtractFileName(input: Omit<BundleNameInput, 'kind'>): string {
  return `ecrf-${fileSegment(input.protocolId)}-${fileSegment(input.site)}-${device8(input.deviceId)}-blinded-${utcStamp(input.createdAt)}.zip`;
}
