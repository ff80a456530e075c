/**
 * What a capability handler is: OS work for one bridge capability, given arguments the gateway has already
 * parsed with the contract's schema. Handlers never see raw IPC input, and hold no business rules.
 */
import type { BrowserWindow, PrintToPDFOptions } from 'electron';
import type { z } from 'zod';
import type { bridgeContract, Capability, CapabilityResult, FileFilter as FileFilterSchema } from '../../../shared/bridge';

export type FileFilter = z.output<typeof FileFilterSchema>;

/** The page that called: enough to print it. `WebContents` satisfies this. */
export interface CallerPage {
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
}

export interface CallContext {
  /** The app window the call came from: the parent of any dialog. */
  readonly window: BrowserWindow | null;
  readonly page: CallerPage;
}

export type ParsedArgs<K extends Capability> = z.output<(typeof bridgeContract)[K]['args']>;

export type Handler<K extends Capability> = (args: ParsedArgs<K>, context: CallContext) => Promise<CapabilityResult<K>>;

/** Exhaustive: a capability added to the contract without a handler is a compile error. */
export type Handlers = { readonly [K in Capability]: Handler<K> };

/** The native dialogs handlers need; `undefined` means the user cancelled. */
export interface Dialogs {
  chooseSavePath(window: BrowserWindow | null, options: { readonly defaultName: string; readonly filters: readonly FileFilter[] }): Promise<string | undefined>;
  chooseOpenPath(window: BrowserWindow | null, options: { readonly filters: readonly FileFilter[] }): Promise<string | undefined>;
  chooseFolder(window: BrowserWindow | null): Promise<string | undefined>;
}
