import type { EcrfBridge } from '../../../../shared/bridge';

export type OpenedText = { readonly opened: false } | { readonly opened: true; readonly name: string; readonly text: string } | { readonly opened: true; readonly name: string; readonly error: string };

/** Lets the user pick a file through the platform and reads it as UTF-8 text (a bad encoding is an error, not garbage). */
export async function openTextFile(bridge: EcrfBridge, filter: { readonly name: string; readonly extensions: string[] }): Promise<OpenedText> {
  const file = await bridge.openFile({ filters: [filter] });
  if (!file.opened) return { opened: false };
  try {
    return { opened: true, name: file.name, text: new TextDecoder('utf-8', { fatal: true }).decode(file.bytes) };
  } catch (error) {
    return { opened: true, name: file.name, error: error instanceof Error ? error.message : String(error) };
  }
}
