import type { TFunction } from 'i18next';
import type { EcrfBridge } from '../../../shared/bridge';
import type { Role } from '../../../shared/events';
import { buildBlindedExtract, type BlindedExtractManifest, type BundleIssue, type BundleProgress } from '../../../shared/export';
import { blindedExtractFileName, newBundleId } from '../../../shared/export/workflow/file-names';
import type { Protocol } from '../../../shared/protocol';
import { fail, ok, type Result } from '../../../shared/lib/result';
import { localDateOf } from '../../app/use-today';
import type { Store } from '../../db';
import { prepareExport, type PreparedExport } from '../../db/export-reads';
import { APP_NAME, APP_VERSION } from '../../platform';
import type { ExportFailure } from './build-export';

export interface ExtractRequest {
  readonly store: Store;
  readonly protocol: Protocol;
  readonly site: string | undefined;
  readonly exportedBy: { readonly userId: string; readonly role: Role };
  readonly onProgress?: (progress: BundleProgress, prepared: PreparedExport) => void;
}

export interface BuiltExtract {
  readonly bytes: Uint8Array;
  readonly manifest: BlindedExtractManifest;
  readonly fileName: string;
  readonly prepared: PreparedExport;
}

/**
 * What a blinded person's export makes (docs/bundle-format.md, "Blinded extracts"): the current state of
 * every subject as ODM, CSV and the missing-fields report, without the arm and without unblinded-only
 * forms and items, and no events. Read from the store like a full export (every chain, streamed); the
 * file is not an export in the incremental line, so nothing is recorded as exported.
 */
export async function buildExtract(request: ExtractRequest): Promise<Result<BuiltExtract, Exclude<ExportFailure, { kind: 'nothing-new' }>>> {
  const { store, protocol, site } = request;
  if (site === undefined) return fail({ kind: 'no-site' });
  const prepared = await prepareExport(store, protocol.id, 'full', undefined);
  if (!prepared.ok) return fail({ kind: 'range', problem: prepared.issues });
  const now = store.clock();
  const createdAt = now.toISOString();
  const chunks: Uint8Array[] = [];
  const built = await buildBlindedExtract(
    {
      bundleId: newBundleId({ deviceId: store.deviceId, createdAt, unique: store.newId() }),
      createdAt,
      today: localDateOf(now),
      protocol,
      site,
      deviceId: store.deviceId,
      exportedBy: request.exportedBy,
      source: prepared.value.source,
      onProgress: (progress) => request.onProgress?.(progress, prepared.value),
      app: { name: APP_NAME, version: APP_VERSION },
    },
    (chunk) => {
      chunks.push(chunk);
    },
  );
  if (!built.ok) return fail({ kind: 'build', issues: built.issues });
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks.splice(0)) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return ok({ bytes, manifest: built.value, fileName: blindedExtractFileName({ protocolId: protocol.id, site, deviceId: store.deviceId, createdAt }), prepared: prepared.value });
}

/** What the Export panel shows after a blinded extract. */
export type ExtractOutcome =
  | { readonly kind: 'message'; readonly tone: 'good' | 'bad'; readonly lines: readonly string[] }
  | { readonly kind: 'issues'; readonly issues: readonly BundleIssue[] };

/**
 * A blinded person's export, start to end: build the extract, save it through the platform, say what
 * happened. Nothing is recorded as exported (an extract is not in the incremental line).
 */
export async function runBlindedExtract(
  request: ExtractRequest & { readonly bridge: EcrfBridge; readonly t: TFunction; readonly onSaving?: () => void },
): Promise<ExtractOutcome> {
  const { t } = request;
  const built = await buildExtract(request);
  if (!built.ok) {
    const why = built.issues;
    switch (why.kind) {
      case 'no-site':
        return { kind: 'message', tone: 'bad', lines: [t('bundles.export.noSite')] };
      case 'range':
        return { kind: 'message', tone: 'bad', lines: [t('bundles.export.range.no-previous-export')] };
      case 'build':
        return { kind: 'issues', issues: why.issues };
    }
  }
  const { bytes, manifest, fileName } = built.value;
  request.onSaving?.();
  try {
    const saved = await request.bridge.saveFile({ suggestedName: fileName, bytes, filters: [{ name: t('bundles.fileFilter'), extensions: ['zip'] }] });
    if (!saved.saved) return { kind: 'message', tone: 'bad', lines: [t('bundles.export.cancelled')] };
    return { kind: 'message', tone: 'good', lines: [t('bundles.export.blindedSaved', { fileName, count: manifest.subjects, location: saved.location })] };
  } catch (error) {
    return { kind: 'message', tone: 'bad', lines: [t('bundles.export.saveFailed', { message: error instanceof Error ? error.message : String(error) })] };
  }
}
