import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeAtomicWriteOps, writeFileAtomic, type AtomicWriteOps } from '../../../../electron/main/os/atomic-write';
import { useTempDir } from '../../temp-dir';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Real file operations, except that the opened file's `method` fails after writing part of the data. */
function failingHandle(method: 'write' | 'sync'): AtomicWriteOps {
  return {
    ...nodeAtomicWriteOps,
    async open(path, flags) {
      const handle = await nodeAtomicWriteOps.open(path, flags);
      return {
        write: async (data: Uint8Array, offset: number, length: number) => {
          if (method === 'write') {
            await handle.write(data, offset, Math.min(length, 3));
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          }
          return handle.write(data, offset, length);
        },
        sync: async () => {
          if (method === 'sync') throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
          return handle.sync();
        },
        close: () => handle.close(),
      } as Awaited<ReturnType<AtomicWriteOps['open']>>;
    },
  };
}

describe('writeFileAtomic', () => {
  const dir = useTempDir();

  it('writes a new file and leaves no temp file behind', async () => {
    const target = join(dir(), 'export.zip');
    await writeFileAtomic(target, bytes('hello'));
    expect(readFileSync(target, 'utf8')).toBe('hello');
    expect(readdirSync(dir())).toEqual(['export.zip']);
  });

  it('replaces an existing file', async () => {
    const target = join(dir(), 'export.zip');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, bytes('new content'));
    expect(readFileSync(target, 'utf8')).toBe('new content');
  });

  it('writes large buffers completely', async () => {
    const target = join(dir(), 'big.bin');
    const data = new Uint8Array(5 * 1024 * 1024).map((_, i) => i % 251);
    await writeFileAtomic(target, data);
    expect(readFileSync(target).equals(Buffer.from(data))).toBe(true);
  });

  it.each(['write', 'sync'] as const)('keeps the previous file and leaves no partial file when %s fails', async (method) => {
    const target = join(dir(), 'export.zip');
    writeFileSync(target, 'previous, intact');
    await expect(writeFileAtomic(target, bytes('a new export that will not make it'), failingHandle(method))).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('previous, intact');
    expect(readdirSync(dir())).toEqual(['export.zip']);
  });

  it('creates nothing when the first write to a new target fails', async () => {
    const target = join(dir(), 'new.zip');
    await expect(writeFileAtomic(target, bytes('data'), failingHandle('write'))).rejects.toThrow(/ENOSPC/);
    expect(readdirSync(dir())).toEqual([]);
  });

  it('removes the temp file and keeps the target when the rename fails', async () => {
    const target = join(dir(), 'export.zip');
    writeFileSync(target, 'previous');
    const ops: AtomicWriteOps = { ...nodeAtomicWriteOps, rename: async () => Promise.reject(new Error('EXDEV')) };
    await expect(writeFileAtomic(target, bytes('new'), ops)).rejects.toThrow('EXDEV');
    expect(readFileSync(target, 'utf8')).toBe('previous');
    expect(readdirSync(dir())).toEqual(['export.zip']);
  });

  it('fails (and writes nothing) when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir(), 'missing', 'x.zip'), bytes('x'))).rejects.toThrow();
    expect(readdirSync(dir())).toEqual([]);
  });
});
