/**
 * The preload: exposes the platform bridge as `window.ecrf` and nothing else (never ipcRenderer itself).
 * One `invoke` per capability on the capability's own channel; main's gateway checks the sender and parses
 * arguments and results, so no validation is duplicated here. Runs sandboxed, as CommonJS; it imports only
 * `electron` and the zod-free half of the bridge contract (its types are erased at build).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, channelOf, type Capability } from '../../shared/bridge/channels';
import type { CapabilityArgs, CapabilityResult, EcrfBridge } from '../../shared/bridge/contract';

const invoke =
  <K extends Capability>(capability: K) =>
  (args: CapabilityArgs<K>): Promise<CapabilityResult<K>> =>
    ipcRenderer.invoke(channelOf(capability), args);

// `satisfies` makes this map exhaustive: a capability added to the contract without a line here fails the build.
const api = {
  saveFile: invoke('saveFile'),
  openFile: invoke('openFile'),
  chooseBackupFolder: invoke('chooseBackupFolder'),
  writeBackup: invoke('writeBackup'),
  printToPdf: invoke('printToPdf'),
  appInfo: invoke('appInfo'),
} satisfies EcrfBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, api);
