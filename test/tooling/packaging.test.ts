/**
 * Packaging smoke test, offline. electron-builder cannot download Electron here, so it packages against a
 * stand-in Electron distribution (`-c.electronDist`): a folder holding a fake `electron` executable, which
 * is all a `--linux dir` build needs (found by trying). The real electron-builder.yml is used; the result is
 * written to a temp folder and its app.asar is read with @electron/asar.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = resolve(__dirname, '../..');
const builderCli = require.resolve('electron-builder/cli.js');
const asar = require('@electron/asar') as { listPackage(archive: string, options: { isPack: boolean }): string[]; extractFile(archive: string, file: string): Buffer };
const REQUIRED = ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'];

/** Runs the electron-builder CLI in the project; resolves with its exit code and combined output. */
function electronBuilder(args: readonly string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done, failed) => {
    // Without VITEST in its environment: builder-util silences its info log when it sees that variable.
    const { VITEST: _vitest, ...env } = process.env;
    const child = spawn(process.execPath, [builderCli, ...args, '--publish', 'never'], {
      cwd: root,
      env: { ...env, CI: 'true', CSC_IDENTITY_AUTO_DISCOVERY: 'false', ELECTRON_BUILDER_CACHE: join(tmpdir(), 'ecrf-electron-builder-cache') },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', failed);
    child.on('close', (code) => done({ code, output }));
  });
}

async function ensureBuilt(): Promise<void> {
  if (REQUIRED.every((file) => existsSync(join(root, file)))) return;
  const { build } = await import('electron-vite');
  await build({ root, configFile: join(root, 'electron.vite.config.ts') });
}

describe('electron-builder configuration', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ecrf-builder-config-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('accepts the real electron-builder.yml (schema validation)', async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Record<string, unknown>>;
      validateConfiguration(config: Record<string, unknown>, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config).toMatchObject({
      productName: 'Bedside eCRF',
      asar: true,
      npmRebuild: false,
      directories: { output: 'dist' },
      linux: { target: ['AppImage', 'deb'] },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
    });
    expect(config['appId']).toEqual(expect.any(String));
  });

  it('rejects an unknown key before trying to download anything', async () => {
    const config = join(tmp, 'electron-builder.yml');
    writeFileSync(config, `${readFileSync(join(root, 'electron-builder.yml'), 'utf8')}\nnotARealOption: true\n`);
    const output = join(tmp, 'dist');
    // No electronDist: had validation come after the Electron download, this would try the network.
    const result = await electronBuilder(['--linux', 'dir', '--config', config, `-c.directories.output=${output}`]);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('notARealOption');
    expect(result.output).not.toMatch(/downloading/i);
    expect(existsSync(join(output, 'linux-unpacked'))).toBe(false);
  });
});

describe('packaging: electron-builder --linux dir, offline, with a stand-in Electron', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ecrf-packaging-'));
  const archive = join(tmp, 'dist', 'linux-unpacked', 'resources', 'app.asar');
  let entries: string[] = [];
  let log = '';

  beforeAll(async () => {
    await ensureBuilt();
    const electronDist = join(tmp, 'electron-dist');
    mkdirSync(electronDist);
    writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in for the Electron binary"\n');
    chmodSync(join(electronDist, 'electron'), 0o755);
    const result = await electronBuilder(['--linux', 'dir', `-c.electronDist=${electronDist}`, `-c.directories.output=${join(tmp, 'dist')}`]);
    log = result.output;
    if (result.code !== 0) throw new Error(`electron-builder failed (${result.code}):\n${log}`);
    entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.split('\\').join('/'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('packages offline from the stand-in, renaming the executable', () => {
    expect(log).toContain('using custom unpacked Electron distribution');
    expect(log).not.toMatch(/downloading/i);
    expect(existsSync(join(tmp, 'dist', 'linux-unpacked', 'bedside-ecrf'))).toBe(true);
  });

  it('puts the built main, preload and renderer into resources/app.asar', () => {
    for (const file of REQUIRED) expect(entries).toContain(file);
    const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8')) as { main: string };
    expect(entries).toContain(`/${pkg.main}`);
  });

  it('holds nothing else: no sources, tests, configs, source maps or node_modules', () => {
    const allowed = /^\/(package\.json|out|out\/(main|preload|renderer)(\/.*)?)$/;
    expect(entries.filter((entry) => !allowed.test(entry))).toEqual([]);
    expect(entries.filter((entry) => /node_modules|\.map$|\.tsx?$|\/test\/|\/electron\/|\/shared\/|\/renderer\/[^/]+\.tsx?$/.test(entry))).toEqual([]);
  });
});
