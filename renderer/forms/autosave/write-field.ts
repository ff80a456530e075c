/**
 * Saving one field of a visit: the form engine decides what the draft means (validateField), the
 * repository stores it. A change the store refuses for want of a reason comes back as `needs-reason`,
 * so the page can ask for one; every other refusal is a failure to show, never a silent drop.
 */
import { isItemId } from '../../../shared/catalogue';
import { validateField, type EntryContext, type FieldDraft, type FormModel } from '../../../shared/forms';
import { clearItem, getEntry, setItemValue, setMissingReason, type ItemRef, type Store, type WriteContext, type WriteError } from '../../db';
import type { FieldAddress } from '../field-path';
import { writeOf } from '../store-drafts';
import type { SaveOutcome } from './save-outcome';

export interface VisitWriteTarget {
  readonly store: Store;
  readonly ctx: WriteContext;
  readonly subjectId: string;
  readonly visitId: string;
}

const SINGLE = '';

export function itemRefOf(target: VisitWriteTarget, a: FieldAddress): ItemRef {
  return {
    subjectId: target.subjectId,
    visitId: target.visitId,
    formId: a.formId,
    ...(a.recordId === SINGLE ? {} : { recordId: a.recordId }),
    itemId: a.itemId,
  };
}

const wantsReason = (error: WriteError): boolean => error.kind === 'rejected' && error.issues.some((i) => i.path[0] === 'reason');

export async function writeField(
  target: VisitWriteTarget,
  model: FormModel,
  address: FieldAddress,
  draft: FieldDraft,
  context: EntryContext,
  reason?: string,
): Promise<SaveOutcome> {
  if (!isItemId(address.itemId)) return { status: 'invalid' };
  const validation = validateField(model, address.itemId, draft, context);
  if (!validation.canSave) return { status: 'invalid' };
  const ref = itemRefOf(target, address);
  const write = writeOf(validation.entry);
  let result;
  switch (write.kind) {
    case 'value':
      result = await setItemValue(target.store, target.ctx, ref, write.payload, reason);
      break;
    case 'missing':
      result = await setMissingReason(target.store, target.ctx, ref, { code: write.code }, reason);
      break;
    case 'clear': {
      const row = await getEntry(target.store, ref);
      const shown = row?.items[address.itemId]?.current;
      if (shown === undefined || shown.kind === 'cleared') return { status: 'unchanged' };
      result = await clearItem(target.store, target.ctx, ref, reason);
      break;
    }
  }
  if (result.ok) return { status: result.value.status };
  if (reason === undefined && wantsReason(result.issues)) return { status: 'needs-reason' };
  return { status: 'failed', error: result.issues };
}
