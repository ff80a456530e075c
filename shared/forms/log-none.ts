/**
 * The "none to report" answer of a log (a repeating form: adverse events, medications, decompensation
 * events). An empty log is ambiguous: nothing happened, or nobody asked. The site says which by
 * answering "none": an ordinary item value (`item.valueSet`, value `true`) of the log-level item
 * LOG_NONE_ITEM on the log's own entry (record id '', beside its rows), so it is versioned, audited,
 * queryable, invalidates signatures and is exported like any other value, with no new event type.
 *
 * The item is not a catalogue item and not on the form's item list: every repeating form has it, and it
 * never appears inside a row.
 */

/** Item id of the answer; not a catalogue id (a test keeps it so). */
export const LOG_NONE_ITEM = 'logNone';

export const LOG_NONE_LABEL = { en: 'None to report', zh: '无可报告' } as const;

/** What the site types is a tick: stored as entered "true", value true (like a yes/no field). */
export const LOG_NONE_VALUE = { entered: 'true', value: true } as const;

/**
 * Where a log stands:
 * - rows: it has rows (removed rows do not count);
 * - none: no rows, and "none" answered;
 * - unanswered: no rows and no answer: on a visit that is due, missing;
 * - contradicted: "none" answered, yet rows were added: someone must remove one or the other.
 */
export type LogAnswer = 'rows' | 'none' | 'unanswered' | 'contradicted';

export function logAnswer(liveRows: number, noneAnswered: boolean): LogAnswer {
  if (liveRows > 0) return noneAnswered ? 'contradicted' : 'rows';
  return noneAnswered ? 'none' : 'unanswered';
}

/** "None" can be answered only on an empty log; it can always be withdrawn. */
export const canAnswerNone = (liveRows: number): boolean => liveRows === 0;

/** Whether a stored item version says "none": a value, and true (a cleared or missing version does not). */
export function isNoneAnswer(version: { readonly kind: string; readonly value?: unknown } | undefined): boolean {
  return version?.kind === 'value' && version.value === true;
}
