/**
 * Keyboard movement between fields, read from the DOM (what is on screen, in its order):
 * Enter moves to the next field, Alt+N to the next field with neither a value nor a missing reason.
 */
export const NEXT_EMPTY_KEY = 'n';
export const HISTORY_KEY = 'h';

const ROW = '[data-field-key]';

function focusable(row: Element): HTMLElement | null {
  const checked = row.querySelector<HTMLElement>('[data-field-input]:checked');
  return checked ?? row.querySelector<HTMLElement>('[data-field-input]:not(:disabled)');
}

export function focusFieldRow(row: Element | null | undefined): boolean {
  const target = row === null || row === undefined ? null : focusable(row);
  if (target === null) return false;
  target.focus();
  target.scrollIntoView?.({ block: 'nearest' });
  return true;
}

export const rowOf = (element: Element | null): Element | null => element?.closest(ROW) ?? null;

const rowsIn = (scope: ParentNode): Element[] => [...scope.querySelectorAll(ROW)];

/** Focuses the field after the one holding `from`; false when it was the last. */
export function focusNextField(scope: ParentNode, from: Element): boolean {
  const rows = rowsIn(scope);
  const index = rows.indexOf(rowOf(from) ?? from);
  for (const row of rows.slice(index + 1)) if (focusFieldRow(row)) return true;
  return false;
}

/** Focuses the next empty field after `from` (wrapping round); false when none is empty. */
export function focusNextEmptyField(scope: ParentNode, from: Element | null): boolean {
  const rows = rowsIn(scope);
  const start = from === null ? -1 : rows.indexOf(rowOf(from) ?? from);
  const ordered = [...rows.slice(start + 1), ...rows.slice(0, Math.max(start, 0))];
  return ordered.some((row) => row.getAttribute('data-empty') === 'true' && focusFieldRow(row));
}

/** Enter moves on from text inputs, selects and radios; not from buttons, checkboxes or with Shift. */
export function isMoveOnKey(event: { key: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean; isComposing?: boolean }, target: EventTarget | null): boolean {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.isComposing === true) return false;
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return target.type !== 'checkbox' && target.type !== 'button' && target.type !== 'submit';
  return target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}
