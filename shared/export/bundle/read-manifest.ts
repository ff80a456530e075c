import { strFromU8 } from 'fflate';
import { issuesFromZod } from '../../events';
import { fail, ok, type Result } from '../../lib/result';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, MANIFEST_PATH } from './format';
import { bundleIssue, type BundleIssue } from './issues';
import { bundleManifestSchema, type BundleManifest } from './manifest';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * manifest.json → the manifest, in three steps so each failure says what it is: not JSON, not a
 * bundle manifest at all, made by a newer app (checked before the schema, since a newer manifest may
 * legitimately hold fields this version does not know), a blinded extract (no events to import: its
 * manifest is not a bundle manifest, so it is named rather than listed field by field), then every field
 * with its JSON path.
 */
export function parseManifest(bytes: Uint8Array): Result<BundleManifest, BundleIssue[]> {
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(bytes));
  } catch {
    return fail([bundleIssue('manifest-invalid', [MANIFEST_PATH], 'manifest.json is not JSON')]);
  }
  if (!isObject(json) || json['format'] !== BUNDLE_FORMAT) {
    return fail([bundleIssue('not-a-bundle', [MANIFEST_PATH, 'format'], `manifest.json does not describe a CRF bundle (format "${BUNDLE_FORMAT}")`)]);
  }
  const version = json['formatVersion'];
  if (typeof version === 'number' && version > BUNDLE_FORMAT_VERSION) {
    return fail([
      bundleIssue(
        'future-format',
        [MANIFEST_PATH, 'formatVersion'],
        `the bundle has format version ${version}, newer than this app reads (${BUNDLE_FORMAT_VERSION}): update the app to import it`,
      ),
    ]);
  }
  if (json['blinded'] === true) {
    return fail([bundleIssue('blinded-extract', [MANIFEST_PATH, 'blinded'], 'a blinded extract carries no events and cannot be imported: import a full or incremental bundle from an unblinded person')]);
  }
  const parsed = bundleManifestSchema.safeParse(json);
  if (!parsed.success) return fail(issuesFromZod(parsed.error, [MANIFEST_PATH]).map((i) => bundleIssue('manifest-invalid', i.path, i.message)));
  return ok(parsed.data);
}
