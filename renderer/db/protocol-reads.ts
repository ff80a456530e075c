import type { ProtocolRow } from '../../shared/events';
import { getDocument, listProtocols } from './protocols-repo';
import type { Store } from './store';

/** An imported protocol version with its definition text (undefined if the document is missing or altered). */
export interface ImportedProtocolText {
  readonly row: ProtocolRow;
  readonly text: string | undefined;
}

/** Every imported protocol version with its stored definition, for parsing at start-up. */
export async function importedProtocolTexts(store: Store): Promise<ImportedProtocolText[]> {
  const rows = await listProtocols(store);
  return Promise.all(rows.map(async (row) => ({ row, text: await getDocument(store, row.contentHash) })));
}
