/** printToPdf: render the calling page (the casebook view) to PDF, then save it like saveFile. */
import { writeFileAtomic } from '../os/atomic-write';
import type { Dialogs, Handler } from './types';

const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];

const withPdfExtension = (name: string): string => (/\.pdf$/i.test(name) ? name : `${name}.pdf`);

export const printToPdf =
  (dialogs: Dialogs, write = writeFileAtomic): Handler<'printToPdf'> =>
  async (args, { window, page }) => {
    // Render first: the page must not change under a modal dialog before it is captured.
    const pdf = await page.printToPDF({ printBackground: true, pageSize: 'A4' });
    const location = await dialogs.chooseSavePath(window, { defaultName: withPdfExtension(args.suggestedName), filters: PDF_FILTERS });
    if (location === undefined) return { saved: false };
    await write(location, pdf);
    return { saved: true, location };
  };
