import { screeningInputs, screeningVisitOf } from '../../../../shared/care';
import type { EntryRow } from '../../../../shared/events';
import type { Observation } from '../../../../shared/eligibility';
import { buildVisitModel, validateField, type FieldDraft, type FieldEntry, type FieldModel, type FormModel } from '../../../../shared/forms';
import { SHIPPED_CATALOGUE, type Protocol } from '../../../../shared/protocol';

/** One screening value the eligibility rules read, with the form of the screening visit that records it. */
export interface ScreeningField {
  readonly field: FieldModel;
  readonly form: FormModel;
}

export interface ScreeningFields {
  readonly visitId: string;
  readonly fields: readonly ScreeningField[];
}

/** The screening values to ask for, from the protocol's rules and the screening visit's forms. */
export function screeningFieldsOf(protocol: Protocol, blinded: boolean): ScreeningFields | undefined {
  const visit = screeningVisitOf(protocol);
  if (visit === undefined) return undefined;
  const model = buildVisitModel({ protocol, visitId: visit.id, blinded });
  if (!model.ok) return undefined;
  const fields = screeningInputs(protocol, SHIPPED_CATALOGUE).flatMap((item) => {
    const form = model.value.forms.find((f) => !f.repeating && f.fields.some((field) => field.key === item));
    const field = form?.fields.find((f) => f.key === item);
    return form === undefined || field === undefined ? [] : [{ field, form }];
  });
  return { visitId: visit.id, fields };
}

/** What an input holds for a screening value: text and the unit it was typed in ("" = stored unit). */
export interface ValueDraft {
  readonly value: string;
  readonly unit: string;
}

export const fieldDraft = (draft: ValueDraft): FieldDraft => ({ value: draft.value, unit: draft.unit, qualifier: '', missing: '', softConfirmed: false });

/** The drafts shown for what the store holds (exactly what was typed, in the unit it was typed in). */
export function draftsFromEntries(fields: readonly ScreeningField[], entries: readonly EntryRow[]): Record<string, ValueDraft> {
  const drafts: Record<string, ValueDraft> = {};
  for (const { field, form } of fields) {
    const version = entries.find((e) => e.formId === form.id && e.recordId === '')?.items[field.key]?.current;
    if (version?.kind !== 'value') continue;
    const text = version.entered ?? (version.value === undefined ? '' : String(version.value));
    drafts[field.key] = { value: text, unit: version.enteredUnit ?? '' };
  }
  return drafts;
}

/** Parses one draft with the form engine: the entry to save, or null (empty or unreadable) and the problems. */
export function parseDraft({ field, form }: ScreeningField, draft: ValueDraft | undefined): ReturnType<typeof validateField> {
  return validateField(form, field.key, fieldDraft(draft ?? { value: '', unit: '' }));
}

/** The observations the eligibility rules evaluate: every draft that parses, in stored units. */
export function observationsOf(fields: readonly ScreeningField[], drafts: Readonly<Record<string, ValueDraft>>): Observation[] {
  return fields.flatMap((f) => {
    const entry: FieldEntry | null = parseDraft(f, drafts[f.field.key]).entry;
    if (entry === null || entry.status !== 'value') return [];
    return [{ item: f.field.key, value: entry.value, ...(entry.qualifier === undefined ? {} : { qualifier: entry.qualifier }) }];
  });
}
