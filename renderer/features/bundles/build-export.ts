import type { Role } from '../../../shared/events';
import { buildBundle, type BundleIssue, type BundleKind, type BundleManifest, type BundleProgress } from '../../../shared/export';
import type { ExportRangeProblem } from '../../../shared/export/workflow/export-range';
import { bundleFileName, newBundleId } from '../../../shared/export/workflow/file-names';
import type { Protocol } from '../../../shared/protocol';
import { fail, ok, type Result } from '../../../shared/lib/result';
import { localDateOf } from '../../app/use-today';
import type { Store } from '../../db';
import type { StoredExportMark } from '../../db/backup-state';
import { prepareExport, type PreparedExport } from '../../db/export-reads';
import { APP_NAME, APP_VERSION } from '../../platform';

export interface ExportRequest {
  readonly store: Store;
  /** The protocol version named in the manifest (the newest this laptop holds). */
  readonly protocol: Protocol;
  readonly kind: BundleKind;
  /** This laptop's site; undefined until set in Settings. */
  readonly site: string | undefined;
  readonly exportedBy: { readonly userId: string; readonly role: Role };
  /** This laptop's last export of the protocol (an incremental export continues it). */
  readonly previous: StoredExportMark | undefined;
  readonly onProgress?: (progress: BundleProgress, prepared: PreparedExport) => void;
  /** Deflate level: 6 for exports; backups, written while people work, use a faster one. */
  readonly compressionLevel?: 1 | 6;
}

export interface BuiltExport {
  readonly bytes: Uint8Array;
  readonly manifest: BundleManifest;
  readonly fileName: string;
  readonly prepared: PreparedExport;
}

export type ExportFailure =
  | { readonly kind: 'no-site' }
  | { readonly kind: 'range'; readonly problem: ExportRangeProblem }
  /** Incremental, and no event since the previous bundle: nothing worth a file. */
  | { readonly kind: 'nothing-new'; readonly previousBundleId: string }
  | { readonly kind: 'build'; readonly issues: readonly BundleIssue[] };

/** Joins the zip's chunks once, at the end: the bridge takes one byte array. */
function joinChunks(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * Makes a CRF bundle of one protocol from the store, streamed: events are read from IndexedDB a batch
 * at a time (eventsAfter) and one subject at a time into buildBundle, whose compressed output is kept as
 * chunks and joined into one array at the end. Memory: one batch of events or one subject's history,
 * what buildBundle keeps (docs/bundle-format.md), and the compressed bundle itself (twice, briefly, while
 * the chunks are joined).
 */
export async function buildExport(request: ExportRequest): Promise<Result<BuiltExport, ExportFailure>> {
  const { store, protocol, kind, site } = request;
  if (site === undefined) return fail({ kind: 'no-site' });
  const prepared = await prepareExport(store, protocol.id, kind, request.previous);
  if (!prepared.ok) return fail({ kind: 'range', problem: prepared.issues });
  if (kind === 'incremental' && prepared.value.eventCount === 0 && prepared.value.previousBundleId !== undefined) {
    return fail({ kind: 'nothing-new', previousBundleId: prepared.value.previousBundleId });
  }
  const now = store.clock();
  const createdAt = now.toISOString();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const built = await buildBundle(
    {
      bundleId: newBundleId({ deviceId: store.deviceId, createdAt, unique: store.newId() }),
      kind,
      ...(prepared.value.previousBundleId === undefined ? {} : { previousBundleId: prepared.value.previousBundleId }),
      createdAt,
      today: localDateOf(now),
      protocol,
      site,
      deviceId: store.deviceId,
      exportedBy: request.exportedBy,
      source: prepared.value.source,
      people: prepared.value.people,
      onProgress: (progress) => request.onProgress?.(progress, prepared.value),
      compressionLevel: request.compressionLevel ?? 6,
      app: { name: APP_NAME, version: APP_VERSION },
    },
    (chunk) => {
      chunks.push(chunk);
      total += chunk.length;
    },
  );
  if (!built.ok) return fail({ kind: 'build', issues: built.issues });
  return ok({
    bytes: joinChunks(chunks.splice(0), total),
    manifest: built.value,
    fileName: bundleFileName({ protocolId: protocol.id, site, deviceId: store.deviceId, kind, createdAt }),
    prepared: prepared.value,
  });
}
