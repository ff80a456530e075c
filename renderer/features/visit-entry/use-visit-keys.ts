import { useEffect, type RefObject } from 'react';
import { focusNextEmptyField, rowOf, type FieldAddress } from '../../forms';

/** The field holding the focus, read from the DOM (its row and its form's record). */
export function focusedField(element: Element | null): FieldAddress | undefined {
  const row = rowOf(element);
  const form = row?.closest('[data-form-id]');
  const itemId = row?.getAttribute('data-field-key');
  const formId = form?.getAttribute('data-form-id');
  const recordId = form?.getAttribute('data-record-id');
  if (itemId == null || formId == null || recordId == null) return undefined;
  return { formId, recordId, itemId };
}

/** Alt+N: the next field with neither value nor missing reason. Alt+H: the history of the focused field. */
export function useVisitKeys(scope: RefObject<HTMLElement | null>, openHistory: (address: FieldAddress) => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.code === 'KeyN') {
        event.preventDefault();
        if (scope.current !== null) focusNextEmptyField(scope.current, document.activeElement);
      } else if (event.code === 'KeyH') {
        const address = focusedField(document.activeElement);
        if (address === undefined) return;
        event.preventDefault();
        openHistory(address);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [scope, openHistory, enabled]);
}
