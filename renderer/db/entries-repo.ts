import {
  entryKeyOf,
  isSameAsCurrent,
  SINGLE_RECORD,
  type CrfEvent,
  type DraftOf,
  type EntryRow,
  type CrfEventDraft,
  type ItemDraft,
} from '../../shared/events';
import { ok, type Result } from '../../shared/lib/result';
import type { Store } from './store';
import { commitEvent, writeEvent, type EventInput, type WriteContext } from './write-event';
import type { WriteError } from './write-errors';

/** Where an item lives: subject × visit instance × form (× row of a repeating form) × item. */
export interface ItemRef {
  readonly subjectId: string;
  readonly visitId: string;
  readonly formId: string;
  readonly recordId?: string;
  readonly itemId: string;
}

export type FormRef = Omit<ItemRef, 'itemId'>;
export type RecordRef = FormRef & { readonly recordId: string };

/** The outcome of an autosave: stored, or nothing to store because the item already shows it. */
export type SaveOutcome = { readonly status: 'saved'; readonly event: CrfEvent } | { readonly status: 'unchanged' };

const isItemDraft = (d: CrfEventDraft): d is ItemDraft =>
  d.type === 'item.valueSet' || d.type === 'item.missingReasonSet' || d.type === 'item.cleared';

const withReason = (reason: string | undefined) => (reason === undefined ? {} : { reason });

async function saveItem(
  store: Store,
  ctx: WriteContext,
  input: Extract<EventInput, { type: ItemDraft['type'] }>,
): Promise<Result<SaveOutcome, WriteError>> {
  const result = await commitEvent(store, ctx, input, {
    skipWhen: (draft, rows) => isItemDraft(draft) && isSameAsCurrent(rows.entry?.items[draft.itemId], draft),
  });
  if (!result.ok) return result;
  return ok(result.value === null ? { status: 'unchanged' } : { status: 'saved', event: result.value });
}

/** Saves a value as entered and parsed. A change on a completed or signed form needs `reason`. */
export function setItemValue(
  store: Store,
  ctx: WriteContext,
  ref: ItemRef,
  value: DraftOf<'item.valueSet'>['payload'],
  reason?: string,
): Promise<Result<SaveOutcome, WriteError>> {
  return saveItem(store, ctx, { type: 'item.valueSet', ...ref, payload: value, ...withReason(reason) });
}

/** Records why a value is missing; the value itself, if any, stops being shown. */
export function setMissingReason(
  store: Store,
  ctx: WriteContext,
  ref: ItemRef,
  missing: DraftOf<'item.missingReasonSet'>['payload'],
  reason?: string,
): Promise<Result<SaveOutcome, WriteError>> {
  return saveItem(store, ctx, { type: 'item.missingReasonSet', ...ref, payload: missing, ...withReason(reason) });
}

export function clearItem(store: Store, ctx: WriteContext, ref: ItemRef, reason?: string): Promise<Result<SaveOutcome, WriteError>> {
  return saveItem(store, ctx, { type: 'item.cleared', ...ref, payload: {}, ...withReason(reason) });
}

export function addRecord(store: Store, ctx: WriteContext, ref: RecordRef): Promise<Result<CrfEvent, WriteError>> {
  return writeEvent(store, ctx, { type: 'record.added', ...ref, payload: {} });
}

export function removeRecord(store: Store, ctx: WriteContext, ref: RecordRef, reason: string): Promise<Result<CrfEvent, WriteError>> {
  return writeEvent(store, ctx, { type: 'record.removed', ...ref, payload: {}, reason });
}

export function completeForm(store: Store, ctx: WriteContext, ref: FormRef): Promise<Result<CrfEvent, WriteError>> {
  return writeEvent(store, ctx, { type: 'form.completed', ...ref, payload: {} });
}

export function reopenForm(store: Store, ctx: WriteContext, ref: FormRef, reason: string): Promise<Result<CrfEvent, WriteError>> {
  return writeEvent(store, ctx, { type: 'form.reopened', ...ref, payload: {}, reason });
}

/** Marks the value shown (by its event id) as verified against source. */
export function setSdv(store: Store, ctx: WriteContext, ref: ItemRef, valueEventId: string): Promise<Result<CrfEvent, WriteError>> {
  return writeEvent(store, ctx, { type: 'sdv.set', ...ref, payload: { valueEventId } });
}

export function clearSdv(store: Store, ctx: WriteContext, ref: ItemRef, reason?: string): Promise<Result<CrfEvent, WriteError>> {
  return writeEvent(store, ctx, { type: 'sdv.cleared', ...ref, payload: {}, ...withReason(reason) });
}

export function getEntry(store: Store, ref: FormRef): Promise<EntryRow | undefined> {
  const k = entryKeyOf(ref);
  return store.db.entries.get([k.subjectId, k.visitId, k.formId, k.recordId]);
}

/** Every form entry of a visit instance (repeating forms: one per row, removed rows included). */
export function listEntries(store: Store, subjectId: string, visitId: string): Promise<EntryRow[]> {
  return store.db.entries.where('[subjectId+visitId]').equals([subjectId, visitId]).toArray();
}

export { SINGLE_RECORD };
