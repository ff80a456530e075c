import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CrfEvent } from '../../../shared/events';
import { memorySource } from '../../../shared/export';
import type { Protocol } from '../../../shared/protocol';
import { build, bundleInput, membersOf } from './support/bundle';
import { realisticLog } from './support/realistic-log';
import { loadSeeds, REPO_ROOT } from './support/seeds';

// The CDISC schema files live beside the repository (see ../shared/odm/PROVENANCE.md).
const SCHEMA = resolve(REPO_ROOT, '../shared/odm/ODM1-3-2.xsd');
const schemaPresent = existsSync(dirname(SCHEMA));
const work = mkdtempSync(join(tmpdir(), 'odm-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** odm.xml of a bundle: full (Snapshot) or incremental after the first ten events of each device (Transactional). */
async function odmOfBundle(protocol: Protocol, log: readonly CrfEvent[], kind: 'full' | 'incremental'): Promise<Uint8Array> {
  const after = kind === 'full' ? {} : { 'dev-a': 10, 'dev-b': 1 };
  const overrides = kind === 'full' ? {} : { kind, bundleId: 'bundle-0002', previousBundleId: 'bundle-0001' } as const;
  const { bytes } = await build(bundleInput(protocol, memorySource(log, after), overrides));
  const odm = membersOf(bytes)['odm.xml'];
  if (odm === undefined) throw new Error('no odm.xml');
  return odm;
}

function xmllint(file: string): { status: number | null; output: string } {
  const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (run.error !== undefined) {
    throw new Error(`xmllint could not run (${run.error.message}): install it with \`apt-get install libxml2-utils\``);
  }
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe.skipIf(!schemaPresent)('ODM 1.3.2 schema validation (skipped only when ../shared/odm is absent)', () => {
  describe.each(loadSeeds().map((s) => [s.protocol.id, s.protocol] as const))('%s', (_id, protocol) => {
    it.each(['full', 'incremental'] as const)('writes odm.xml of a %s bundle that validates against ODM1-3-2.xsd', async (kind) => {
      const { events } = realisticLog(protocol);
      const file = join(work, `${protocol.id}-${kind}.xml`);
      writeFileSync(file, await odmOfBundle(protocol, events, kind));
      const result = xmllint(file);
      expect(result.output).toContain('validates');
      expect(result.status).toBe(0);
    });
  });
});
