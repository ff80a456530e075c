/**
 * The `ecrf bundle …` commands: read a bundle file, verify it (readBundle), then report on it, take
 * members out of it, or merge several into one. Everything is checked before anything is written;
 * files are written atomically (write-file.ts).
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildBundle, memorySource, ODM_PATH, readBundle, type BundleContents } from '../../shared/export';
import { bundleMembers, mergeBundles, summarizeBundle, type MergeInput } from '../../shared/export/merge';
import { bundleIssueLines, conflictReport, inspectJson, inspectText, mergedLines, verifiedLine } from './bundle-report';
import { loadProtocols, protocolOf, type ProtocolSet } from './protocols';
import { readBytesFile } from './read-text-file';
import { AtomicFile, ensureFolder, refuseTarget, writeFileAtomic } from './write-file';

export interface Output {
  readonly stdout: string | Uint8Array;
  readonly stderr: string;
  /** 0 success, 1 the input has errors (or cannot be read or written), 2 wrong usage. */
  readonly exitCode: 0 | 1 | 2;
}

const out = (stdout: string | Uint8Array, stderr = ''): Output => ({ stdout, stderr, exitCode: 0 });
const err = (stderr: string): Output => ({ stdout: '', stderr, exitCode: 1 });
const lines = (list: readonly string[]): string => (list.length === 0 ? '' : `${list.join('\n')}\n`);

type Verified = { ok: true; bytes: Uint8Array; contents: BundleContents } | { ok: false; problems: string[] };

function verifyFile(file: string, protocols: ProtocolSet): Verified {
  const read = readBytesFile(file);
  if (!read.ok) return { ok: false, problems: [read.message] };
  const bundle = readBundle(read.bytes, { protocols: protocols.identities });
  return bundle.ok ? { ok: true, bytes: read.bytes, contents: bundle.value } : { ok: false, problems: bundleIssueLines(file, bundle.issues) };
}

type Loaded = { ok: true; bytes: Uint8Array; contents: BundleContents; protocols: ProtocolSet } | { ok: false; output: Output };

function loadBundle(file: string, protocolFile: string | undefined): Loaded {
  const protocols = loadProtocols(protocolFile);
  if (!protocols.ok) return { ok: false, output: err(`${protocols.message}\n`) };
  const verified = verifyFile(file, protocols.set);
  return verified.ok ? { ...verified, protocols: protocols.set } : { ok: false, output: err(lines(verified.problems)) };
}

export interface BundleFileOptions {
  readonly file: string;
  readonly protocolFile: string | undefined;
}

export function verifyCommand({ file, protocolFile }: BundleFileOptions): Output {
  const loaded = loadBundle(file, protocolFile);
  return loaded.ok ? out(`${verifiedLine(file, loaded.contents)}\n`) : loaded.output;
}

export function inspectCommand({ file, protocolFile, json }: BundleFileOptions & { readonly json: boolean }): Output {
  const loaded = loadBundle(file, protocolFile);
  if (!loaded.ok) return loaded.output;
  const summary = summarizeBundle(loaded.contents);
  return out(json ? inspectJson(summary) : inspectText(file, summary));
}

export function odmCommand({ file, protocolFile }: BundleFileOptions): Output {
  const loaded = loadBundle(file, protocolFile);
  if (!loaded.ok) return loaded.output;
  const members = bundleMembers(loaded.bytes, (path) => path === ODM_PATH);
  const odm = members.ok ? members.value[0] : undefined;
  return odm === undefined ? err(`${file}: ${members.ok ? `${ODM_PATH} is missing` : members.issues}\n`) : out(odm.bytes);
}

export function csvCommand({ file, protocolFile, outDir, force }: BundleFileOptions & { readonly outDir: string; readonly force: boolean }): Output {
  const loaded = loadBundle(file, protocolFile);
  if (!loaded.ok) return loaded.output;
  const members = bundleMembers(loaded.bytes, (path) => path.startsWith('csv/'));
  if (!members.ok) return err(`${file}: ${members.issues}\n`);
  const targets = members.value.map((m) => ({ path: join(outDir, basename(m.path)), bytes: m.bytes }));
  if (!force) {
    const existing = targets.filter((t) => existsSync(t.path)).map((t) => t.path);
    if (existing.length > 0) {
      const more = existing.length > 1 ? ` (and ${existing.length - 1} more)` : '';
      return err(`${existing[0]} already exists${more}: add --force to replace ${existing.length > 1 ? 'them' : 'it'}; nothing was written\n`);
    }
  }
  const folder = ensureFolder(outDir);
  if (!folder.ok) return err(`${folder.message}\n`);
  for (const target of targets) {
    const written = writeFileAtomic(target.path, target.bytes, true);
    if (!written.ok) return err(`${written.message}\n`);
  }
  const total = targets.reduce((n, t) => n + t.bytes.length, 0);
  return out(lines([`${outDir}: wrote ${targets.length} CSV files (${total} bytes) from ${file}`, ...targets.map((t) => `  ${t.path}`)]));
}

export interface MergeOptions {
  readonly files: readonly string[];
  readonly output: string;
  readonly force: boolean;
  readonly protocolFile: string | undefined;
  /** The export time of the merged bundle. */
  readonly now: Date;
}

/** A bundle id from the time: merge-20250310T090000123Z. */
const mergeBundleId = (createdAt: string): string => `merge-${createdAt.replace(/[-:.]/g, '')}`;

export async function mergeCommand({ files, output, force, protocolFile, now }: MergeOptions): Promise<Output> {
  const refused = refuseTarget(output, force);
  if (refused !== undefined) return err(`${refused}\n`);
  const protocols = loadProtocols(protocolFile);
  if (!protocols.ok) return err(`${protocols.message}\n`);
  const inputs: MergeInput[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const verified = verifyFile(file, protocols.set);
    if (verified.ok) inputs.push({ name: file, bundle: verified.contents });
    else problems.push(...verified.problems);
  }
  if (problems.length > 0) return err(lines([...problems, `nothing was merged: ${problems.length === 1 ? 'an input is' : 'inputs are'} not valid`]));
  const merged = mergeBundles(inputs);
  if (!merged.ok) return err(lines([...merged.issues.map((i) => `merge refused: ${i.code}: ${i.message}`)]));
  const protocol = protocolOf(protocols.set, merged.value.protocol);
  if (protocol === undefined) return err(`no protocol ${merged.value.protocol.id} version ${merged.value.protocol.version} with the bundles' content\n`);

  const opened = AtomicFile.open(output, force);
  if (!opened.ok) return err(`${opened.message}\n`);
  const file = opened.file;
  const createdAt = now.toISOString();
  try {
    const built = await buildBundle(
      {
        bundleId: mergeBundleId(createdAt),
        kind: 'full',
        createdAt,
        today: createdAt.slice(0, 10),
        protocol,
        site: 'central',
        deviceId: 'central',
        exportedBy: { userId: 'central', role: 'data-manager' },
        source: memorySource(merged.value.events),
        app: { name: 'ecrf bundle merge', version: '1' },
      },
      (chunk) => file.write(chunk),
    );
    if (!built.ok) {
      file.abort();
      return err(lines([`${output}: the merged bundle could not be built; nothing was written`, ...bundleIssueLines(output, built.issues)]));
    }
    file.close();
    // The written file must pass the reader's checks before it takes the target's place.
    const check = verifyFile(file.writtenPath, protocols.set);
    if (!check.ok) {
      file.abort();
      return err(lines([`${output}: the merged bundle does not verify; nothing was written`, ...check.problems]));
    }
    const committed = file.commit();
    if (!committed.ok) return err(`${committed.message}\n`);
  } catch (error) {
    file.abort();
    throw error;
  }
  return out(lines(mergedLines(output, files.length, merged.value)), conflictReport(merged.value.conflicts));
}
