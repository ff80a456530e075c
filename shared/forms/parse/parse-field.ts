/**
 * One field's draft → what saving it records (a FieldEntry), or the format problems that stop the save.
 * Ranges and cross-field rules are not checked here: a readable value is always saveable.
 */
import { convertToStored, type LocalizedText } from '../../catalogue';
import { assertNever } from '../../lib/assert-never';
import type { FieldDraft, FieldEntry, Problem, ProblemCode, StoredValue } from '../entry-contract';
import type { FieldModel, QuantityField, IntegerField } from '../form-model';
import { MESSAGES } from '../messages';
import { parseDateText, parseDateTimeText } from './parse-date';
import { parseNumberText } from './parse-number';
import { looksLikeMissingReason, readDraft } from './read-draft';

/** Which input of the field a format problem belongs to (the zod draft schema reports it there). */
export type DraftPart = 'value' | 'unit' | 'qualifier' | 'missing';

export interface FormatIssue {
  readonly part: DraftPart;
  readonly problem: Problem;
}

export interface ParsedField {
  /** null when empty or unreadable. */
  readonly entry: FieldEntry | null;
  readonly issues: readonly FormatIssue[];
  /** The number as typed and its unit, before conversion (unit-slip checks read the typed value). */
  readonly typed?: { readonly number: number; readonly unit: string };
}

const issue = (field: FieldModel, part: DraftPart, code: ProblemCode, message: LocalizedText): FormatIssue => ({
  part,
  problem: { key: field.key, keys: [field.key], severity: 'error', code, message },
});

const failed = (...issues: FormatIssue[]): ParsedField => ({ entry: null, issues });

type ValueEntry = Extract<FieldEntry, { status: 'value' }>;
type Parsed = {
  readonly value: StoredValue;
  readonly extra?: Partial<Pick<ValueEntry, 'unit' | 'enteredUnit' | 'qualifier'>>;
  readonly typed?: ParsedField['typed'];
};

function parseNumeric(field: QuantityField | IntegerField, draft: FieldDraft, text: string): Parsed | FormatIssue {
  const units = field.units.map((u) => u.unit);
  const stored = field.unit;
  const unit = draft.unit === '' ? (stored ?? '') : draft.unit;
  if (unit !== (stored ?? '') && !units.includes(unit)) return issue(field, 'unit', 'format.unit', MESSAGES.unit(unit, units));
  const number = parseNumberText(text);
  if (!number.ok) return issue(field, 'value', 'format.number', number.reason === 'decimal-comma' ? MESSAGES.decimalComma : MESSAGES.number);
  const inline = number.qualifier ?? '';
  if (inline !== '' && draft.qualifier !== '' && inline !== draft.qualifier) {
    return issue(field, 'qualifier', 'format.qualifier', MESSAGES.qualifierConflict);
  }
  const qualifier = inline || draft.qualifier;
  const qualifierAllowed = field.kind === 'quantity' && field.qualifierAllowed;
  if (qualifier !== '' && !qualifierAllowed) return issue(field, 'qualifier', 'format.qualifier', MESSAGES.qualifierNotAllowed);
  if (field.kind === 'integer' && !Number.isInteger(number.value)) return issue(field, 'value', 'format.integer', MESSAGES.integer);
  const converted = stored === undefined || unit === stored ? number.value : convertToStored(field.key, number.value, unit);
  const value = typeof converted === 'number' ? converted : converted.ok ? converted.value : Number.NaN;
  // A huge number times a unit factor can overflow: it is not a value anyone measured.
  if (!Number.isFinite(value)) return issue(field, 'value', 'format.number', MESSAGES.number);
  return {
    value,
    extra: {
      ...(stored === undefined ? {} : { unit: stored }),
      ...(stored !== undefined && unit !== stored ? { enteredUnit: unit } : {}),
      ...(qualifier === '' ? {} : { qualifier }),
    },
    typed: { number: number.value, unit },
  };
}

function parseValue(field: FieldModel, draft: FieldDraft, text: string): Parsed | FormatIssue {
  switch (field.kind) {
    case 'quantity':
    case 'integer':
      return parseNumeric(field, draft, text);
    case 'text':
      if (looksLikeMissingReason(text)) return issue(field, 'value', 'format.missing-code-as-value', MESSAGES.missingCodeAsValue);
      return text.length > field.maxLength ? issue(field, 'value', 'format.text-too-long', MESSAGES.textTooLong(field.maxLength)) : { value: text };
    case 'date': {
      const date = parseDateText(text, field.partialAllowed);
      if (date.ok) return { value: date.value };
      return date.reason === 'partial-date'
        ? issue(field, 'value', 'format.partial-date', MESSAGES.partialDate)
        : issue(field, 'value', 'format.date', MESSAGES.date(field.partialAllowed));
    }
    case 'datetime': {
      const dateTime = parseDateTimeText(text);
      return dateTime.ok ? { value: dateTime.value } : issue(field, 'value', 'format.datetime', MESSAGES.dateTime);
    }
    case 'choice':
      return field.choices.some((c) => c.code === text) ? { value: text } : issue(field, 'value', 'format.choice', MESSAGES.choice);
    case 'boolean':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : issue(field, 'value', 'format.boolean', MESSAGES.boolean);
    default:
      return assertNever(field, 'field kind');
  }
}

export function parseField(field: FieldModel, raw: unknown): ParsedField {
  const read = readDraft(raw);
  if (!read.ok) {
    return read.unknownMissing === undefined
      ? failed(issue(field, 'value', 'draft.malformed', MESSAGES.malformedDraft))
      : failed(issue(field, 'missing', 'format.missing-reason', MESSAGES.missingReason(read.unknownMissing)));
  }
  const draft = read.draft;
  const text = draft.value.trim();
  if (draft.missing !== '') {
    if (!field.missingReasons.some((m) => m.code === draft.missing)) {
      return failed(issue(field, 'missing', 'format.missing-reason', MESSAGES.missingReason(draft.missing)));
    }
    if (text !== '') return failed(issue(field, 'value', 'missing.with-value', MESSAGES.missingWithValue));
    return { entry: { status: 'missing', reason: draft.missing }, issues: [] };
  }
  if (text === '') return { entry: null, issues: [] };
  const parsed = parseValue(field, draft, text);
  if ('problem' in parsed) return failed(parsed);
  const entry: FieldEntry = {
    status: 'value',
    value: parsed.value,
    entered: text,
    ...parsed.extra,
    ...(draft.softConfirmed ? { softRangeConfirmed: true as const } : {}),
  };
  return parsed.typed === undefined ? { entry, issues: [] } : { entry, issues: [], typed: parsed.typed };
}
