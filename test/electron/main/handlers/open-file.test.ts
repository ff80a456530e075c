import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFile } from '../../../../electron/main/handlers/open-file';
import { useTempDir } from '../../temp-dir';
import { callContext, scriptedDialogs } from './fakes';

describe('openFile handler', () => {
  const dir = useTempDir();

  it('returns the chosen file name and bytes', async () => {
    const file = join(dir(), 'site-01.zip');
    writeFileSync(file, 'PK bundle');
    const result = await openFile(scriptedDialogs({ open: file }))({ filters: [] }, callContext().context);
    expect(result.opened && result.name).toBe('site-01.zip');
    expect(result.opened && new TextDecoder().decode(result.bytes)).toBe('PK bundle');
  });

  it('answers opened: false when the user cancels', async () => {
    await expect(openFile(scriptedDialogs())({ filters: [] }, callContext().context)).resolves.toEqual({ opened: false });
  });

  it('refuses a file over the size limit without returning its bytes', async () => {
    const file = join(dir(), 'huge.zip');
    writeFileSync(file, '0123456789');
    await expect(openFile(scriptedDialogs({ open: file }), 9)({ filters: [] }, callContext().context)).rejects.toThrow(/huge\.zip/);
    await expect(openFile(scriptedDialogs({ open: file }), 10)({ filters: [] }, callContext().context)).resolves.toMatchObject({ opened: true });
  });

  it('refuses a folder', async () => {
    mkdirSync(join(dir(), 'folder.zip'));
    await expect(openFile(scriptedDialogs({ open: join(dir(), 'folder.zip') }))({ filters: [] }, callContext().context)).rejects.toThrow(/not a file/);
  });
});
