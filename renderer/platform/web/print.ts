import { PrintToPdfArgs, type CapabilityArgs, type CapabilityResult } from '../../../shared/bridge';

/**
 * Opens the browser's print dialog, where the user can choose "Save as PDF". The page title is the suggested
 * name while the dialog is open, because browsers propose the title as the PDF's file name. The browser does
 * not tell the page whether a file was written, so this never claims one was: `{ saved: false }`.
 */
export function printPage(view: Window, args: CapabilityArgs<'printToPdf'>): CapabilityResult<'printToPdf'> {
  const { suggestedName } = PrintToPdfArgs.parse(args);
  const doc = view.document;
  const title = doc.title;
  doc.title = suggestedName.replace(/\.pdf$/i, '');
  try {
    view.print();
  } finally {
    doc.title = title;
  }
  return { saved: false };
}
