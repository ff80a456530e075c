/**
 * Where a field lives on the visit page: form × record (row of a repeating form, '' for a single form) ×
 * item. One string key per field, for the autosave state and for element ids.
 */
export interface FieldAddress {
  readonly formId: string;
  readonly recordId: string;
  readonly itemId: string;
}

export type RecordAddress = Omit<FieldAddress, 'itemId'>;

/** A stable key for a field on the page: `formId/recordId/itemId`. */
export const fieldKey = (a: FieldAddress): string => `${a.formId}/${a.recordId}/${a.itemId}`;

export const recordKey = (a: RecordAddress): string => `${a.formId}/${a.recordId}`;

/** Ids are used in the DOM: keep them to safe characters. */
const safe = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, '_');

/** The id of a field's main input (what Enter, Alt+N and "jump to" focus). */
export const inputIdOf = (a: FieldAddress): string => `field-${safe(a.formId)}-${safe(a.recordId) || 'single'}-${safe(a.itemId)}`;
