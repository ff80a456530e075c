import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveFile } from '../../../../electron/main/handlers/save-file';
import { useTempDir } from '../../temp-dir';
import { callContext, scriptedDialogs } from './fakes';

const args = { suggestedName: 'export.zip', bytes: new TextEncoder().encode('bundle'), filters: [{ name: 'CRF bundle', extensions: ['zip'] }] };

describe('saveFile handler', () => {
  const dir = useTempDir();

  it('offers the suggested name and filters, then writes the bytes where the user chose', async () => {
    const target = join(dir(), 'chosen.zip');
    const dialogs = scriptedDialogs({ save: target });
    await expect(saveFile(dialogs)(args, callContext().context)).resolves.toEqual({ saved: true, location: target });
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith(null, { defaultName: 'export.zip', filters: args.filters });
    expect(readFileSync(target, 'utf8')).toBe('bundle');
  });

  it('writes nothing when the user cancels', async () => {
    await expect(saveFile(scriptedDialogs())(args, callContext().context)).resolves.toEqual({ saved: false });
    expect(readdirSync(dir())).toEqual([]);
  });

  it('keeps the previous file when the write fails', async () => {
    const target = join(dir(), 'chosen.zip');
    writeFileSync(target, 'previous export');
    const failing = async () => Promise.reject(new Error('EIO'));
    await expect(saveFile(scriptedDialogs({ save: target }), failing)(args, callContext().context)).rejects.toThrow('EIO');
    expect(readFileSync(target, 'utf8')).toBe('previous export');
  });
});
