import type { z } from 'zod';
import { bridgeContract, type Capability, type CapabilityArgs, type CapabilityResult, type EcrfBridge } from '../../shared/bridge';

/** `window.ecrf` answered something the contract does not allow (a preload/main mismatch or tampering). */
export class MalformedBridgeResultError extends Error {
  constructor(
    readonly capability: Capability,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(`window.ecrf.${capability} returned a malformed result: ${issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
    this.name = 'MalformedBridgeResultError';
  }
}

function checked<K extends Capability>(raw: EcrfBridge, capability: K): (args: CapabilityArgs<K>) => Promise<CapabilityResult<K>> {
  const schema = bridgeContract[capability].result as unknown as z.ZodType<CapabilityResult<K>>;
  const call = raw[capability] as unknown as (args: CapabilityArgs<K>) => Promise<unknown>;
  return async (args) => {
    const result = schema.safeParse(await call(args));
    if (!result.success) throw new MalformedBridgeResultError(capability, result.error.issues);
    return result.data;
  };
}

/**
 * The desktop platform: `window.ecrf` from electron/preload, with every result checked against the contract's
 * schema before the renderer sees it. (Arguments are checked by main's gateway.)
 */
export function createElectronBridge(raw: EcrfBridge): EcrfBridge {
  return {
    saveFile: checked(raw, 'saveFile'),
    openFile: checked(raw, 'openFile'),
    chooseBackupFolder: checked(raw, 'chooseBackupFolder'),
    writeBackup: checked(raw, 'writeBackup'),
    printToPdf: checked(raw, 'printToPdf'),
    appInfo: checked(raw, 'appInfo'),
  };
}
