/**
 * The adapter between the store's item versions and the form engine's drafts, both ways:
 * - what an input shows for a stored item (exactly what was typed, in the unit it was typed in);
 * - what saving a field writes (a value, a missing reason, or clearing both).
 */
import { isMissingReasonCode, type MissingReasonCode } from '../../shared/catalogue';
import type { EntryRow, ItemState, ItemVersion } from '../../shared/events';
import type { FieldDraft, FieldEntry, FieldModel, FormModel } from '../../shared/forms';

/** A stored missing-reason code as the catalogue's (also read: "NOT_DONE", an early spelling), or undefined. */
export function fromStoredMissingCode(code: string): MissingReasonCode | undefined {
  if (isMissingReasonCode(code)) return code;
  const spaced = code.replace(/_/g, ' ');
  return isMissingReasonCode(spaced) ? spaced : undefined;
}

const storedUnitOf = (field: FieldModel): string => (field.kind === 'quantity' || field.kind === 'integer' ? (field.unit ?? '') : '');

export const emptyFieldDraft = (field: FieldModel): FieldDraft => ({ value: '', unit: storedUnitOf(field), qualifier: '', missing: '', softConfirmed: false });

function textOf(version: ItemVersion): string {
  if (version.entered !== undefined) return version.entered;
  const value = version.value;
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** What the inputs of a field show for the version the store shows. */
export function draftFromVersion(field: FieldModel, version: ItemVersion | undefined): FieldDraft {
  const empty = emptyFieldDraft(field);
  if (version === undefined || version.kind === 'cleared') return empty;
  if (version.kind === 'missing') {
    const code = version.missing === undefined ? undefined : fromStoredMissingCode(version.missing.code);
    return code === undefined ? empty : { ...empty, missing: code };
  }
  return {
    ...empty,
    value: textOf(version),
    unit: version.enteredUnit ?? empty.unit,
    qualifier: version.qualifier ?? '',
    softConfirmed: version.softRangeConfirmed === true,
  };
}

export const draftFromItem = (field: FieldModel, item: ItemState | undefined): FieldDraft => draftFromVersion(field, item?.current);

/** One record's drafts from its stored row (no row: the model's empty draft with fixed values). */
export function draftsFromEntry(model: FormModel, row: EntryRow | undefined, empty: Record<string, FieldDraft>): Record<string, FieldDraft> {
  if (row === undefined) return empty;
  return Object.fromEntries(
    model.fields.map((field) => {
      const item = row.items[field.key];
      return [field.key, item === undefined ? (empty[field.key] ?? emptyFieldDraft(field)) : draftFromItem(field, item)];
    }),
  );
}

/** What saving a field writes to the store. */
export type FieldWrite =
  | { readonly kind: 'value'; readonly payload: Omit<Extract<FieldEntry, { status: 'value' }>, 'status'> }
  | { readonly kind: 'missing'; readonly code: MissingReasonCode }
  | { readonly kind: 'clear' };

export function writeOf(entry: FieldEntry | null): FieldWrite {
  if (entry === null) return { kind: 'clear' };
  if (entry.status === 'missing') return { kind: 'missing', code: entry.reason };
  const { status: _status, ...payload } = entry;
  return { kind: 'value', payload };
}
