import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, capabilities, channelOf, type EcrfBridge } from '../../../shared/bridge';
import { contextBridge, ipcRenderer } from '../mocks/electron';

vi.mock('electron', () => import('../mocks/electron'));

// Loaded once: the preload runs once per page, and what it exposed stays in the mock's contextBridge.
await import('../../../electron/preload/index');
const exposed = [...contextBridge.exposed.keys()];
const api = contextBridge.exposed.get(BRIDGE_GLOBAL) as EcrfBridge;

describe('preload', () => {
  beforeEach(() => ipcRenderer.invoke.mockClear());

  it('exposes exactly one global, the bridge, with exactly the contract capabilities', async () => {
    expect(exposed).toEqual([BRIDGE_GLOBAL]);
    expect(Object.keys(api).sort()).toEqual([...capabilities].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('never exposes ipcRenderer or a generic invoke', async () => {
    for (const value of Object.values(api)) expect(value).not.toBe(ipcRenderer.invoke);
    for (const name of ['ipcRenderer', 'invoke', 'send', 'on']) expect(api).not.toHaveProperty(name);
  });

  it('sends each capability on its own channel with its argument, and returns main’s answer', async () => {
    const bytes = new Uint8Array([1]);
    const calls: [keyof EcrfBridge, unknown][] = [
      ['saveFile', { suggestedName: 'x.zip', bytes }],
      ['openFile', { filters: [] }],
      ['chooseBackupFolder', {}],
      ['writeBackup', { folder: '/b', fileName: 'ecrf-backup-1.zip', bytes, keep: 3 }],
      ['printToPdf', { suggestedName: 'casebook' }],
      ['appInfo', {}],
    ];
    expect(calls.map(([name]) => name).sort()).toEqual([...capabilities].sort());
    for (const [name, args] of calls) {
      ipcRenderer.invoke.mockResolvedValueOnce({ answer: name });
      const call = api[name] as (a: unknown) => Promise<unknown>;
      await expect(call(args)).resolves.toEqual({ answer: name });
      expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channelOf(name), args);
    }
  });

  it('imports only electron and the zod-free bridge channels (the contract for types only)', () => {
    const source = readFileSync(join(__dirname, '../../../electron/preload/index.ts'), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports).toEqual(['electron', '../../shared/bridge/channels', '../../shared/bridge/contract']);
    expect(source).toMatch(/^import type \{[^}]+\} from '..\/..\/shared\/bridge\/contract';$/m);
  });
});
