import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { CrfEvent } from '../../events';
import { fail, ok, type Result } from '../../lib/result';
import { EVENTS_PATH, MANIFEST_PATH, READ_LIMITS } from './format';
import { bundleIssue, type BundleIssue } from './issues';
import type { BundleManifest } from './manifest';
import type { ProtocolIdentity } from './protocol-hash';
import { checkChains, parseEvents } from './read-events';
import { parseManifest } from './read-manifest';
import { listZip, readMember, type ZipEntry } from './unzip';

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

/**
 * Checks a bundle completely and changes nothing; the importer writes only what passes. In order:
 * the zip's directory (a truncated file fails here), manifest.json (JSON, a CRF bundle, a format
 * version this app reads, every field), members (none missing, none extra, sizes as stated before
 * anything is inflated, then each SHA-256), the protocol, then events.ndjson (every event valid, in
 * order, of this protocol) and each device's chain against the manifest's ranges and head hashes.
 */
export function readBundle(bytes: Uint8Array, options: ReadBundleOptions): Result<BundleContents, BundleIssue[]> {
  const listing = listZip(bytes);
  if (!listing.ok) return listing;
  const manifestEntry = listing.value.find((e) => e.name === MANIFEST_PATH);
  if (manifestEntry === undefined) return fail([bundleIssue('manifest-missing', [MANIFEST_PATH], 'the zip has no manifest.json: it is not a CRF bundle')]);
  if (manifestEntry.originalSize > READ_LIMITS.manifestBytes) return fail([bundleIssue('too-large', [MANIFEST_PATH], 'manifest.json is too large')]);
  const manifestBytes = readMember(bytes, MANIFEST_PATH);
  if (!manifestBytes.ok) return manifestBytes;
  const parsed = parseManifest(manifestBytes.value);
  if (!parsed.ok) return parsed;
  const manifest = parsed.value;

  const memberIssues = checkMembers(listing.value, manifest);
  if (memberIssues.length > 0) return fail(memberIssues);
  let eventBytes: Uint8Array | undefined;
  const hashIssues: BundleIssue[] = [];
  for (const member of manifest.members) {
    if (member.bytes > READ_LIMITS.memberBytes) return fail([bundleIssue('too-large', [member.path], `${member.path} is too large`)]);
    const content = readMember(bytes, member.path);
    if (!content.ok) return content;
    if (content.value.length !== member.bytes || bytesToHex(sha256(content.value)) !== member.sha256) {
      hashIssues.push(bundleIssue('member-hash', [member.path], `${member.path} does not match its SHA-256 in the manifest: it was changed after export`));
    }
    if (member.path === EVENTS_PATH) eventBytes = content.value;
  }
  if (hashIssues.length > 0) return fail(hashIssues);

  const protocolIssues = checkProtocol(manifest, options.protocols);
  if (protocolIssues.length > 0) return fail(protocolIssues);

  const events = parseEvents(eventBytes ?? new Uint8Array(0), manifest);
  if (!events.ok) return events;
  const chainIssues = checkChains(events.value, manifest);
  if (chainIssues.length > 0) return fail(chainIssues);
  return ok({ manifest, events: events.value });
}
