/**
 * One record as the rules see it: parsed values, missing reasons, which fields are on the form and which
 * currently apply. Built once per validation.
 */
import type { ItemId, MissingReasonCode } from '../../catalogue';
import { isApplicable } from '../applicability';
import type { EntryContext, FieldEntry, StoredValue } from '../entry-contract';
import type { FieldModel, FormModel } from '../form-model';

export interface RecordState {
  readonly model: FormModel;
  readonly context: EntryContext;
  readonly values: Readonly<Record<string, StoredValue>>;
  readonly missing: Readonly<Record<string, MissingReasonCode>>;
  readonly keys: ReadonlySet<string>;
  readonly field: (key: string) => FieldModel | undefined;
  readonly applies: (key: string) => boolean;
}

export function recordState(model: FormModel, entries: Readonly<Record<string, FieldEntry>>, context: EntryContext): RecordState {
  const values: Record<string, StoredValue> = {};
  const missing: Record<string, MissingReasonCode> = {};
  for (const [key, entry] of Object.entries(entries)) {
    if (entry.status === 'value') values[key] = entry.value;
    else missing[key] = entry.reason;
  }
  const byKey = new Map<string, FieldModel>(model.fields.map((f) => [f.key, f]));
  const keys = new Set(byKey.keys());
  return {
    model,
    context,
    values,
    missing,
    keys,
    field: (key) => byKey.get(key),
    applies: (key) => isApplicable(byKey.get(key)?.applicability, values, context.subject, keys),
  };
}

export const numberOf = (state: RecordState, key: ItemId): number | undefined => {
  const value = state.values[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

export const stringOf = (state: RecordState, key: ItemId): string | undefined => {
  const value = state.values[key];
  return typeof value === 'string' ? value : undefined;
};

/** A number from this record, else from the visit's other forms (`context.visit`). */
export const visitNumberOf = (state: RecordState, key: ItemId): number | undefined => {
  const value = state.values[key] ?? state.context.visit?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

/** A string from this record, else from the visit's other forms (`context.visit`). */
export const visitStringOf = (state: RecordState, key: ItemId): string | undefined => {
  const value = state.values[key] ?? state.context.visit?.[key];
  return typeof value === 'string' ? value : undefined;
};
