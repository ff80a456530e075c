/**
 * The ONE IPC gateway. For every capability of the bridge contract it registers `ipcMain.handle` on the
 * capability's channel, and each call goes: sender check -> argument parse (contract schema) -> handler ->
 * result parse (contract schema). Nothing else in main listens to the renderer.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { bridgeContract, capabilities, channelOf, type Capability, type CapabilityResult } from '../../shared/bridge';
import { formatPath } from '../../shared/lib/result';
import type { Handler, Handlers, ParsedArgs } from './handlers/types';
import type { SenderCheck } from './sender';

/** A zod issue as one line: `$.filters[0].extensions[1]: Invalid string: must match pattern ...`. */
function describe(error: z.ZodError): string {
  const first = error.issues[0];
  if (first === undefined) return 'invalid';
  const path = formatPath(first.path.map((part) => (typeof part === 'symbol' ? String(part) : part)));
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : '';
  return `${path}: ${first.message}${more}`;
}

interface Schemas<K extends Capability> {
  readonly args: z.ZodType<ParsedArgs<K>>;
  readonly result: z.ZodType<CapabilityResult<K>>;
}

/** The contract seen per capability, so a generic K keeps its argument and result types (checked, no cast). */
const contractSchemas: { readonly [K in Capability]: Schemas<K> } = bridgeContract;

function route<K extends Capability>(capability: K, handler: Handler<K>, checkSender: SenderCheck) {
  const schemas = contractSchemas[capability];
  return async (event: IpcMainInvokeEvent, ...received: unknown[]): Promise<CapabilityResult<K>> => {
    const context = checkSender(event);
    if (context === null) throw new Error(`ecrf bridge: ${capability} refused: the caller is not the app's own page`);
    if (received.length > 1) throw new Error(`ecrf bridge: ${capability} takes one argument, got ${received.length}`);
    const args = schemas.args.safeParse(received[0]);
    if (!args.success) throw new Error(`ecrf bridge: invalid arguments for ${capability} at ${describe(args.error)}`);
    const result = schemas.result.safeParse(await handler(args.data, context));
    if (!result.success) throw new Error(`ecrf bridge: ${capability} produced an invalid result at ${describe(result.error)}`);
    return result.data;
  };
}

/** Registers every capability; returns a function that removes them again (tests, window re-creation). */
export function registerGateway(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Handlers,
  checkSender: SenderCheck,
): () => void {
  const register = <K extends Capability>(capability: K): void => {
    ipcMain.handle(channelOf(capability), route(capability, handlers[capability], checkSender));
  };
  capabilities.forEach(register);
  return () => capabilities.forEach((capability) => ipcMain.removeHandler(channelOf(capability)));
}
