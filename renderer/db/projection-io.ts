import { compact, type RowChanges, type RowRefs, type TouchedRows } from '../../shared/events';
import type { CrfDatabase } from './database';

/*
 * Loading and writing the projection rows an event touches. NOTE: must run inside a write
 * transaction over db.writeTables, so the rows read are the rows the reducer's result replaces.
 */

export async function loadRows(db: CrfDatabase, refs: RowRefs): Promise<TouchedRows> {
  const { subjectId, subjectCode, visit, entry, queryId, signatureId, signaturesOfSubject, protocol, allocationListId } = refs;
  const [subject, subjectWithCode, visitRow, entryRow, query, signature, validSignatures, protocolRow, allocationList] =
    await Promise.all([
      subjectId === undefined ? undefined : db.subjects.get(subjectId),
      subjectCode === undefined ? undefined : db.subjects.where('code').equals(subjectCode).first(),
      visit === undefined ? undefined : db.visits.get([visit.subjectId, visit.visitId]),
      entry === undefined ? undefined : db.entries.get([entry.subjectId, entry.visitId, entry.formId, entry.recordId]),
      queryId === undefined ? undefined : db.queries.get(queryId),
      signatureId === undefined ? undefined : db.signatures.get(signatureId),
      signaturesOfSubject === undefined
        ? undefined
        : db.signatures.where('[subjectId+status]').equals([signaturesOfSubject, 'valid']).toArray(),
      protocol === undefined ? undefined : db.protocols.get([protocol.protocolId, protocol.version]),
      allocationListId === undefined ? undefined : db.allocationLists.get(allocationListId),
    ]);
  return compact({
    subject,
    subjectWithCode,
    visit: visitRow,
    entry: entryRow,
    query,
    signature,
    validSignatures,
    protocol: protocolRow,
    allocationList,
  });
}

export async function saveChanges(db: CrfDatabase, changes: RowChanges): Promise<void> {
  const { subject, visit, entry, query, signatures, protocol, allocationList } = changes;
  await Promise.all([
    subject === undefined ? undefined : db.subjects.put(subject),
    visit === undefined ? undefined : db.visits.put(visit),
    entry === undefined ? undefined : db.entries.put(entry),
    query === undefined ? undefined : db.queries.put(query),
    signatures === undefined ? undefined : db.signatures.bulkPut(signatures),
    protocol === undefined ? undefined : db.protocols.put(protocol),
    allocationList === undefined ? undefined : db.allocationLists.put(allocationList),
  ]);
}
