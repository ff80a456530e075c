/** Test doubles for what handlers receive: scripted dialogs and a call context without Electron. */
import { vi } from 'vitest';
import type { CallContext, Dialogs } from '../../../../electron/main/handlers';

/** Dialogs that answer with the given paths (`undefined` = the user cancelled). */
export function scriptedDialogs(answers: { save?: string; open?: string; folder?: string } = {}) {
  return {
    chooseSavePath: vi.fn(async () => answers.save),
    chooseOpenPath: vi.fn(async () => answers.open),
    chooseFolder: vi.fn(async () => answers.folder),
  } satisfies Dialogs;
}

export function callContext(pdf = new TextEncoder().encode('%PDF-1.7 test')) {
  const printToPDF = vi.fn(async () => pdf);
  const context: CallContext = { window: null, page: { printToPDF } };
  return { context, printToPDF };
}
