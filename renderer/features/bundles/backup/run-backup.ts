import type { EcrfBridge } from '../../../../shared/bridge';
import type { Role } from '../../../../shared/events';
import { headsChanged } from '../../../../shared/export/workflow/export-range';
import { SEALED_EXTENSION, type PublicKeyFile } from '../../../../shared/export/sealed';
import { backupFileName } from '../../../../shared/export/workflow/file-names';
import type { Protocol } from '../../../../shared/protocol';
import { heldHeads, type Store } from '../../../db';
import { getBackupConfig, getBackupStatus, recordBackupFailure, recordBackupWritten, type BackupWritten } from '../../../db/backup-state';
import { protocolsWithData } from '../../../db/export-reads';
import { listRecipients } from '../../../db/recipient-keys';
import { sealBundle } from '../../keys/recipient-crypto';
import { buildExport } from '../build-export';

export interface BackupDeps {
  readonly store: Store;
  readonly bridge: EcrfBridge;
  /** The newest version of a protocol this laptop holds. */
  readonly latest: (protocolId: string) => Protocol | undefined;
  readonly siteId: string | undefined;
  readonly user: { readonly userId: string; readonly role: Role };
}

export type BackupRun =
  | { readonly kind: 'written'; readonly written: BackupWritten }
  /** No folder chosen: automatic backups are off. */
  | { readonly kind: 'off' }
  /** Nothing changed since the last backup (or there is no data yet). */
  | { readonly kind: 'not-due' }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Writes an automatic backup when one is due (`force`: now, whatever changed): one FULL CRF bundle per
 * protocol with data on this laptop, through the bridge's writeBackup into the chosen folder, which keeps
 * the newest K per protocol. Full, not incremental: a backup must restore on its own, and rotation deletes
 * the older files an incremental line would need. The outcome is recorded (LastBackupStatus shows it).
 * With a recipient chosen, each bundle is sealed for it (`.ecrf-sealed`); a recipient no longer on this
 * laptop fails the run before anything is written: never a plain backup in its place.
 */
export async function runBackup(deps: BackupDeps, options: { readonly force?: boolean } = {}): Promise<BackupRun> {
  const { store, bridge } = deps;
  const config = await getBackupConfig(store);
  if (config.folder === undefined) return { kind: 'off' };
  const heads = await heldHeads(store);
  if (Object.keys(heads).length === 0) return { kind: 'not-due' };
  if (options.force !== true && !headsChanged((await getBackupStatus(store)).written?.heads, heads)) return { kind: 'not-due' };

  const failed = async (code: string, message: string): Promise<BackupRun> => {
    await recordBackupFailure(store, { at: store.clock().toISOString(), code, message: message.slice(0, 2000) });
    return { kind: 'failed', code, message };
  };
  if (deps.siteId === undefined) return failed('no-site', 'the laptop has no site yet');
  let recipient: PublicKeyFile | undefined;
  if (config.recipient !== undefined) {
    const wanted = config.recipient;
    recipient = (await listRecipients(store)).find((k) => k.fingerprint === wanted);
    if (recipient === undefined) return failed('recipient-missing', wanted);
  }
  const protocolIds = await protocolsWithData(store);
  const files: BackupWritten['files'][number][] = [];
  for (const protocolId of protocolIds) {
    const protocol = deps.latest(protocolId);
    if (protocol === undefined) return failed('protocol-missing', `protocol ${protocolId} is not on this laptop`);
    const built = await buildExport({ store, protocol, kind: 'full', site: deps.siteId, exportedBy: deps.user, previous: undefined, compressionLevel: 1 });
    if (!built.ok) {
      const why = built.issues;
      if (why.kind === 'build') return failed(why.issues[0]?.code ?? 'output-failed', why.issues.map((i) => i.message).join('; '));
      return failed(why.kind === 'range' ? why.problem.code : why.kind, why.kind);
    }
    const plainName = backupFileName({ protocolId, deviceId: store.deviceId, createdAt: built.value.manifest.createdAt });
    let fileName = plainName;
    let bytes = built.value.bytes;
    if (recipient !== undefined) {
      try {
        bytes = await sealBundle(bytes, recipient);
      } catch (error) {
        return failed('seal-failed', messageOf(error));
      }
      fileName = `${plainName.replace(/\.zip$/, '')}${SEALED_EXTENSION}`;
    }
    try {
      const result = await bridge.writeBackup({ folder: config.folder, fileName, bytes, keep: config.keep * protocolIds.length });
      files.push({ protocolId, fileName, location: result.location, events: built.value.prepared.eventCount });
    } catch (error) {
      return failed('write-failed', messageOf(error));
    }
  }
  const written: BackupWritten = {
    at: store.clock().toISOString(),
    files,
    heads: Object.fromEntries(Object.values(heads).map((h) => [h.deviceId, { seq: h.seq, hash: h.hash }])),
  };
  const recorded = await recordBackupWritten(store, written);
  if (!recorded.ok) return { kind: 'failed', code: 'status-failed', message: recorded.issues.message };
  return { kind: 'written', written };
}
