import { SINGLE_RECORD, type EntryRow } from '../../events';

/*
 * A repeating form (AE log) has one entry per record, plus possibly a form-level entry (record id "")
 * that only holds the status of the whole log when it is completed or reopened without naming a
 * record. A non-repeating form has just the form-level entry.
 */

/** The entries that hold data: a repeating form's live records, or a form's single record. */
export function dataRecords(entries: readonly EntryRow[], repeating: boolean): EntryRow[] {
  return entries.filter((e) => !e.removed && (repeating ? e.recordId !== SINGLE_RECORD : e.recordId === SINGLE_RECORD));
}

/** The status shown for a record: the form-level status when the form has one, else the record's own. */
export function statusOf(entry: EntryRow, formLevel: EntryRow | undefined): EntryRow['status'] {
  return formLevel?.status ?? entry.status;
}

export const formLevelEntry = (entries: readonly EntryRow[]): EntryRow | undefined => entries.find((e) => e.recordId === SINGLE_RECORD);

/** Item ids of an entry in form order; items the form no longer lists (an amendment) follow by id. */
export function itemsInOrder(entry: EntryRow, formItems: readonly string[]): string[] {
  const listed = formItems.filter((id) => entry.items[id] !== undefined);
  const others = Object.keys(entry.items).filter((id) => !formItems.includes(id)).sort();
  return [...listed, ...others];
}
