import type { CrfEvent } from '../../events';
import { sha256HexOfBytes } from '../../events/sha256';
import { fail, ok, type Result } from '../../lib/result';
import { EVENTS_PATH, MANIFEST_PATH, READ_LIMITS } from './format';
import { bundleIssue, type BundleIssue } from './issues';
import type { BundleManifest } from './manifest';
import type { ProtocolIdentity } from './protocol-hash';
import { checkChains, parseEvents } from './read-events';
import { parseManifest } from './read-manifest';
import { hasPlatformInflate, platformInflate } from './platform-inflate';
import { listZip, locateMember, readMember, type ZipEntry } from './unzip';

export interface ReadBundleOptions {
  /** The protocol versions the importing store holds (id, version, content hash). */
  readonly protocols: readonly ProtocolIdentity[];
}

/** A verified bundle: what the importer needs. */
export interface BundleContents {
  readonly manifest: BundleManifest;
  /** In (deviceId, seq) order; each device's events an unbroken chain matching the manifest. */
  readonly events: readonly CrfEvent[];
}

/** The members present in the zip are exactly those the manifest lists, with the sizes it states. */
function checkMembers(entries: readonly ZipEntry[], manifest: BundleManifest): BundleIssue[] {
  const issues: BundleIssue[] = [];
  const inZip = new Map(entries.map((e) => [e.name, e]));
  const listed = new Set(manifest.members.map((m) => m.path));
  manifest.members.forEach((member, i) => {
    const entry = inZip.get(member.path);
    if (entry === undefined) issues.push(bundleIssue('member-missing', [MANIFEST_PATH, 'members', i, 'path'], `${member.path} is listed in the manifest but not in the zip`));
    else if (entry.originalSize !== member.bytes) {
      issues.push(bundleIssue('member-size', [member.path], `${member.path} is ${entry.originalSize} bytes, the manifest says ${member.bytes}`));
    }
  });
  for (const entry of entries) {
    if (entry.name !== MANIFEST_PATH && !listed.has(entry.name)) issues.push(bundleIssue('member-unexpected', [entry.name], `${entry.name} is in the zip but not in the manifest`));
  }
  return issues;
}

/** The bundle's protocol is one the store holds, in the same version with the same content. */
function checkProtocol(manifest: BundleManifest, protocols: readonly ProtocolIdentity[]): BundleIssue[] {
  const { id, version, contentHash } = manifest.protocol;
  const path = [MANIFEST_PATH, 'protocol'];
  const sameId = protocols.filter((p) => p.id === id);
  if (sameId.length === 0) return [bundleIssue('foreign-protocol', path, `the bundle belongs to protocol ${id}, which this app does not hold`)];
  const same = sameId.find((p) => p.version === version);
  if (same === undefined) return [bundleIssue('protocol-version-unknown', path, `the bundle was made under ${id} version ${version}: import that protocol version first`)];
  if (same.contentHash !== contentHash) {
    return [bundleIssue('protocol-content-differs', path, `${id} version ${version} in the bundle differs from the one held here (content hash): one of them was changed without a new version`)];
  }
  return [];
}

/** What the checks before any member is inflated found: the manifest, and the members to read. */
type Opened = Result<BundleManifest, BundleIssue[]>;

/** The zip's directory and manifest.json, and the members against the manifest: nothing large is inflated yet. */
function openBundle(bytes: Uint8Array): Opened {
  const listing = listZip(bytes);
  if (!listing.ok) return listing;
  const manifestEntry = listing.value.find((e) => e.name === MANIFEST_PATH);
  if (manifestEntry === undefined) return fail([bundleIssue('manifest-missing', [MANIFEST_PATH], 'the zip has no manifest.json: it is not a CRF bundle')]);
  if (manifestEntry.originalSize > READ_LIMITS.manifestBytes) return fail([bundleIssue('too-large', [MANIFEST_PATH], 'manifest.json is too large')]);
  const manifestBytes = readMember(bytes, MANIFEST_PATH);
  if (!manifestBytes.ok) return manifestBytes;
  const parsed = parseManifest(manifestBytes.value);
  if (!parsed.ok) return parsed;
  const memberIssues = checkMembers(listing.value, parsed.value);
  return memberIssues.length > 0 ? fail(memberIssues) : parsed;
}

const tooLarge = (path: string): BundleIssue => bundleIssue('too-large', [path], `${path} is too large`);

/** A member's content against its size and SHA-256 in the manifest. */
function hashIssue(member: BundleManifest['members'][number], content: Uint8Array): BundleIssue | undefined {
  if (content.length === member.bytes && sha256HexOfBytes(content) === member.sha256) return undefined;
  return bundleIssue('member-hash', [member.path], `${member.path} does not match its SHA-256 in the manifest: it was changed after export`);
}

/** The protocol, then the events and each device's chain: the checks after every member's hash held. */
function finishBundle(manifest: BundleManifest, eventBytes: Uint8Array | undefined, options: ReadBundleOptions): Result<BundleContents, BundleIssue[]> {
  const protocolIssues = checkProtocol(manifest, options.protocols);
  if (protocolIssues.length > 0) return fail(protocolIssues);
  const events = parseEvents(eventBytes ?? new Uint8Array(0), manifest);
  if (!events.ok) return events;
  const chainIssues = checkChains(events.value, manifest);
  if (chainIssues.length > 0) return fail(chainIssues);
  return ok({ manifest, events: events.value });
}

/**
 * Checks a bundle completely and changes nothing; the importer writes only what passes. In order:
 * the zip's directory (a truncated file fails here), manifest.json (JSON, a CRF bundle, a format
 * version this app reads, every field), members (none missing, none extra, sizes as stated before
 * anything is inflated, then each SHA-256), the protocol, then events.ndjson (every event valid, in
 * order, of this protocol) and each device's chain against the manifest's ranges and head hashes.
 */
export function readBundle(bytes: Uint8Array, options: ReadBundleOptions): Result<BundleContents, BundleIssue[]> {
  const opened = openBundle(bytes);
  if (!opened.ok) return opened;
  const manifest = opened.value;
  let eventBytes: Uint8Array | undefined;
  const hashIssues: BundleIssue[] = [];
  for (const member of manifest.members) {
    if (member.bytes > READ_LIMITS.memberBytes) return fail([tooLarge(member.path)]);
    const content = readMember(bytes, member.path);
    if (!content.ok) return content;
    const problem = hashIssue(member, content.value);
    if (problem !== undefined) hashIssues.push(problem);
    if (member.path === EVENTS_PATH) eventBytes = content.value;
  }
  if (hashIssues.length > 0) return fail(hashIssues);
  return finishBundle(manifest, eventBytes, options);
}

/** One member inflated by the platform where it can (platform-inflate.ts), by fflate otherwise. */
async function readMemberNatively(bytes: Uint8Array, path: string): Promise<Result<Uint8Array, BundleIssue[]>> {
  const located = hasPlatformInflate() ? locateMember(bytes, path) : undefined;
  if (located === undefined || (located.method !== 0 && located.method !== 8)) return readMember(bytes, path);
  try {
    return ok(await platformInflate(located));
  } catch {
    return fail([bundleIssue('member-unreadable', [path], `${path} cannot be decompressed: the file is damaged`)]);
  }
}

/**
 * readBundle with the members inflated by the platform's native zlib: the same checks in the same order,
 * the same result for every input (test/shared/export/tampering.test.ts holds both to that), several times
 * faster on a trial's bundle. What the app's import calls; the CLI and tests may use either.
 */
export async function readBundleAsync(bytes: Uint8Array, options: ReadBundleOptions): Promise<Result<BundleContents, BundleIssue[]>> {
  const opened = openBundle(bytes);
  if (!opened.ok) return opened;
  const manifest = opened.value;
  let eventBytes: Uint8Array | undefined;
  const hashIssues: BundleIssue[] = [];
  for (const member of manifest.members) {
    if (member.bytes > READ_LIMITS.memberBytes) return fail([tooLarge(member.path)]);
    const content = await readMemberNatively(bytes, member.path);
    if (!content.ok) return content;
    const problem = hashIssue(member, content.value);
    if (problem !== undefined) hashIssues.push(problem);
    if (member.path === EVENTS_PATH) eventBytes = content.value;
  }
  if (hashIssues.length > 0) return fail(hashIssues);
  return finishBundle(manifest, eventBytes, options);
}
