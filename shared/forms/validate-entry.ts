/**
 * Validation of one record: "save this field" (validateField), everything wrong with a record
 * (validateEntry), and "complete this form" (checkCompletion). Pure and total.
 */
import { MISSING_REASONS, type ItemId } from '../catalogue';
import type {
  CompletionResult,
  EntryContext,
  EntryResult,
  FieldEntry,
  FieldValidation,
  FormDraft,
  Problem,
  StoredValue,
} from './entry-contract';
import { fieldChecks } from './field-checks';
import type { FormModel } from './form-model';
import { MESSAGES } from './messages';
import { parseField } from './parse/parse-field';
import { readDraft } from './parse/read-draft';
import { doseChecks } from './rules/dose-rules';
import { evaluateCrossFieldRules } from './rules/evaluate-rules';
import { feverAfterInfusion, infusionDuration } from './rules/infusion-rules';
import { randomisedBeforeStart } from './rules/order-rules';
import { recordState } from './rules/record-state';

/** The record's drafts by key; anything that is not an object holds no drafts. */
function draftsOf(draft: unknown): Readonly<Record<string, unknown>> {
  return typeof draft === 'object' && draft !== null && !Array.isArray(draft) ? (draft as Record<string, unknown>) : {};
}

const softConfirmed = (raw: unknown): boolean => {
  const read = readDraft(raw);
  return read.ok && read.draft.softConfirmed;
};

/** A problem shown on this form: involved keys of other forms dropped, shown on a field of this form. */
function onModel(problem: Problem, keys: ReadonlySet<string>): Problem[] {
  const involved = problem.keys.filter((k) => keys.has(k));
  const key = keys.has(problem.key) ? problem.key : involved[0];
  return key === undefined ? [] : [{ ...problem, key, keys: [key, ...involved.filter((k) => k !== key)] }];
}

/** "Save this field": a format problem stops the save; a range or soft problem is reported, and saved. */
export function validateField(model: FormModel, key: ItemId, draft: unknown, context: EntryContext = {}): FieldValidation {
  const field = model.fields.find((f) => f.key === key);
  if (field === undefined) {
    return { key, entry: null, canSave: false, problems: [{ key, keys: [key], severity: 'error', code: 'draft.malformed', message: MESSAGES.notOnForm }] };
  }
  const parsed = parseField(field, draft);
  const formatProblems = parsed.issues.map((i) => i.problem);
  const confirmed = softConfirmed(draft);
  const checks = fieldChecks(field, parsed, context).map((p) => (p.severity === 'warning' ? { ...p, confirmed } : p));
  return { key, entry: parsed.entry, canSave: formatProblems.length === 0, problems: [...formatProblems, ...checks] };
}

/**
 * Values in stored units and every problem of one record: format, range, unit slip, cross-field, and
 * "required" for applicable required fields left without a value or a missing reason.
 */
export function validateEntry(model: FormModel, draft: FormDraft | unknown, context: EntryContext = {}): EntryResult {
  const drafts = draftsOf(draft);
  const entries: Record<string, FieldEntry> = {};
  const problems: Problem[] = [];
  const unreadable = new Set<string>();
  for (const field of model.fields) {
    const parsed = parseField(field, drafts[field.key]);
    if (parsed.entry !== null) entries[field.key] = parsed.entry;
    if (parsed.issues.length > 0) unreadable.add(field.key);
    problems.push(...parsed.issues.map((i) => i.problem), ...fieldChecks(field, parsed, context));
  }
  const state = recordState(model, entries, context);
  const crossField = [
    ...evaluateCrossFieldRules(state),
    ...infusionDuration(state),
    ...feverAfterInfusion(state),
    ...doseChecks(state),
    ...randomisedBeforeStart(state),
  ];
  problems.push(...crossField.flatMap((p) => onModel(p, state.keys)));
  for (const field of model.fields) {
    if (field.required && entries[field.key] === undefined && !unreadable.has(field.key) && state.applies(field.key)) {
      problems.push({ key: field.key, keys: [field.key], severity: 'required', code: 'required', message: MESSAGES.required });
    }
  }
  const values: Record<string, StoredValue> = { ...state.values };
  return {
    values,
    entries,
    problems: problems.map((p) => (p.severity === 'warning' ? { ...p, confirmed: softConfirmed(drafts[p.key]) } : p)),
  };
}

/** "Complete this form": hard errors and required fields block; unconfirmed warnings are listed, never block. */
export function checkCompletion(model: FormModel, draft: FormDraft | unknown, context: EntryContext = {}): CompletionResult {
  const { entries, problems } = validateEntry(model, draft, context);
  const blocking = problems.filter((p) => p.severity === 'error' || p.severity === 'required');
  const needsConfirmation = problems.filter((p) => p.severity === 'warning' && p.confirmed !== true);
  const pending = model.fields
    .filter((f) => {
      const entry = entries[f.key];
      return entry?.status === 'missing' && !MISSING_REASONS[entry.reason].final;
    })
    .map((f) => f.key);
  return { canComplete: blocking.length === 0, blocking, needsConfirmation, pending };
}
