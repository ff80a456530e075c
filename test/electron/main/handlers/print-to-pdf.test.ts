import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printToPdf } from '../../../../electron/main/handlers/print-to-pdf';
import { useTempDir } from '../../temp-dir';
import { callContext, scriptedDialogs } from './fakes';

describe('printToPdf handler', () => {
  const dir = useTempDir();

  it('prints the calling page to A4, then saves the PDF where the user chose', async () => {
    const target = join(dir(), 'casebook.pdf');
    const dialogs = scriptedDialogs({ save: target });
    const { context, printToPDF } = callContext();
    await expect(printToPdf(dialogs)({ suggestedName: 'casebook-S001' }, context)).resolves.toEqual({ saved: true, location: target });
    expect(printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', printBackground: true }));
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith(null, { defaultName: 'casebook-S001.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 test');
  });

  it('keeps a name that already ends in .pdf', async () => {
    const dialogs = scriptedDialogs();
    await printToPdf(dialogs)({ suggestedName: 'casebook.PDF' }, callContext().context);
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith(null, expect.objectContaining({ defaultName: 'casebook.PDF' }));
  });

  it('writes nothing when the user cancels', async () => {
    await expect(printToPdf(scriptedDialogs())({ suggestedName: 'casebook' }, callContext().context)).resolves.toEqual({ saved: false });
    expect(readdirSync(dir())).toEqual([]);
  });
});
