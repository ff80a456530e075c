/** Bundle files for the command-line tests. Not a test file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CrfEvent } from '../../shared/events';
import { memorySource } from '../../shared/export';
import type { Protocol } from '../../shared/protocol';
import { build, bundleInput } from '../shared/export/support/bundle';

export const ROOT = join(__dirname, '../..');

export const tempFolder = (): string => mkdtempSync(join(tmpdir(), 'ecrf-cli-'));

/** Writes a bundle of `log` (full, or incremental after `after` per device) to `folder/name`. */
export async function bundleFile(folder: string, name: string, protocol: Protocol, log: readonly CrfEvent[], after: Record<string, number> = {}): Promise<string> {
  const incremental = Object.keys(after).length > 0;
  const overrides = incremental ? { kind: 'incremental' as const, previousBundleId: 'bundle-prev', bundleId: name.replace(/\W/g, '-') } : { bundleId: name.replace(/\W/g, '-') };
  const built = await build(bundleInput(protocol, memorySource(log, after), overrides));
  const path = join(folder, name);
  writeFileSync(path, built.bytes);
  return path;
}
