import { useState } from 'react';
import { clearItem, setItemValue, type WriteContext, type WriteError } from '../../../db';
import { useStore } from '../../../app/providers';
import { parseDraft, type ScreeningField, type ValueDraft } from './screening-fields';

export type SaveState = 'saving' | 'saved' | 'unreadable';

/**
 * Saves screening values as item values of the screening visit's forms, one field at a time, when the
 * nurse leaves it. A value that cannot be read stays on screen, marked; a failed write is returned for
 * a blocking alert, and the typed text stays.
 */
export function useValueAutosave(subjectId: string, visitId: string, ctx: WriteContext) {
  const store = useStore();
  const [states, setStates] = useState<Readonly<Record<string, SaveState>>>({});
  const [failure, setFailure] = useState<WriteError | undefined>(undefined);
  const mark = (key: string, state: SaveState) => setStates((s) => ({ ...s, [key]: state }));

  const save = async (info: ScreeningField, draft: ValueDraft, hadValue: boolean): Promise<void> => {
    const key = info.field.key;
    const ref = { subjectId, visitId, formId: info.form.id, itemId: key };
    if (draft.value.trim() === '') {
      if (!hadValue) return;
      mark(key, 'saving');
      const cleared = await clearItem(store, ctx, ref);
      if (cleared.ok) mark(key, 'saved');
      else setFailure(cleared.issues);
      return;
    }
    const parsed = parseDraft(info, draft);
    if (!parsed.canSave || parsed.entry === null || parsed.entry.status !== 'value') {
      mark(key, 'unreadable');
      return;
    }
    const { status: _status, ...payload } = parsed.entry;
    mark(key, 'saving');
    const result = await setItemValue(store, ctx, ref, payload);
    if (result.ok) mark(key, 'saved');
    else setFailure(result.issues);
  };

  return { states, save, failure, dismissFailure: () => setFailure(undefined) };
}
