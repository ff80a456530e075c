import { sha256Hex, type AllocationListRow, type CrfEvent, type ProtocolRow } from '../../shared/events';
import type { Result } from '../../shared/lib/result';
import type { DocumentRow } from './database';
import type { Store } from './store';
import { writeEvent, type WriteContext } from './write-event';
import type { WriteError } from './write-errors';

/*
 * Imported documents are stored content-addressed beside the log, in the same transaction as the
 * event that names their hash. Parsing and checking the document (shared/protocol) happens before.
 */

/** Records a protocol definition (its JSON text) under ctx.protocolId / ctx.protocolVersion. */
export function importProtocol(store: Store, ctx: WriteContext, text: string, title: string): Promise<Result<CrfEvent, WriteError>> {
  const contentHash = sha256Hex(text);
  const document: DocumentRow = { hash: contentHash, kind: 'protocol', text };
  return writeEvent(store, ctx, { type: 'protocol.imported', payload: { contentHash, title } }, (db) => db.documents.put(document));
}

export function importAllocationList(
  store: Store,
  ctx: WriteContext,
  list: { readonly listId: string; readonly stage: number; readonly entryCount: number; readonly text: string },
): Promise<Result<CrfEvent, WriteError>> {
  const contentHash = sha256Hex(list.text);
  const document: DocumentRow = { hash: contentHash, kind: 'allocation-list', text: list.text };
  return writeEvent(
    store,
    ctx,
    { type: 'allocation.imported', payload: { listId: list.listId, contentHash, stage: list.stage, entryCount: list.entryCount } },
    (db) => db.documents.put(document),
  );
}

/** The text of an imported document, checked against its hash (undefined if absent or altered). */
export async function getDocument(store: Store, hash: string): Promise<string | undefined> {
  const row = await store.db.documents.get(hash);
  return row !== undefined && sha256Hex(row.text) === hash ? row.text : undefined;
}

export function listProtocols(store: Store): Promise<ProtocolRow[]> {
  return store.db.protocols.toArray();
}

export function listAllocationLists(store: Store): Promise<AllocationListRow[]> {
  return store.db.allocationLists.toArray();
}
