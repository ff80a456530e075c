/**
 * Row numbers of repeating forms, as the visit page shows them ("Adverse events 2"): the live rows of a
 * form at a visit, by record id, from 1. Removed rows have no number. Queries and audit rows use the
 * same numbers, so a printed "row 2" is the row the screen calls 2.
 */
import { SINGLE_RECORD, type EntryRow } from '../events';

export type RecordNumbers = ReadonlyMap<string, number>;

export const recordKey = (visitId: string, formId: string, recordId: string): string => `${visitId}\u0000${formId}\u0000${recordId}`;

export function recordNumbers(entries: readonly EntryRow[]): RecordNumbers {
  const groups = new Map<string, EntryRow[]>();
  for (const entry of entries) {
    if (entry.recordId === SINGLE_RECORD || entry.removed) continue;
    const key = `${entry.visitId}\u0000${entry.formId}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [entry]);
    else list.push(entry);
  }
  const numbers = new Map<string, number>();
  for (const rows of groups.values()) {
    rows
      .sort((a, b) => a.recordId.localeCompare(b.recordId))
      .forEach((row, index) => numbers.set(recordKey(row.visitId, row.formId, row.recordId), index + 1));
  }
  return numbers;
}
