import { SaveFileArgs, type CapabilityArgs, type CapabilityResult } from '../../../shared/bridge';

/** How long the object URL outlives the click; revoking at once can cancel the download in some browsers. */
const REVOKE_AFTER_MS = 60_000;

const arrayBufferBacked = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();

/**
 * Saves through the browser's download: the user's browser decides the folder (usually Downloads, or it
 * asks), so the location reported is the file name under "downloads/".
 */
export function downloadFile(doc: Document, args: CapabilityArgs<'saveFile'>): CapabilityResult<'saveFile'> {
  const { suggestedName, bytes } = SaveFileArgs.parse(args);
  const view = doc.defaultView;
  if (!view) throw new Error('saveFile needs a document attached to a window');
  const url = view.URL.createObjectURL(new Blob([arrayBufferBacked(bytes)], { type: 'application/octet-stream' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
  return { saved: true, location: `downloads/${suggestedName}` };
}
