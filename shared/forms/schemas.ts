/**
 * zod schemas built from a form model.
 * - Draft schema: what the inputs hold, checked for shape and format only ("can this be saved?"), for
 *   react-hook-form's zodResolver. Required-ness, ranges and cross-field rules are not zod errors: they are
 *   the problems of validateEntry / checkCompletion, because a soft warning must never block a submit.
 * - Value schema: the stored values, typed, in stored units and inside hard ranges; keys not on the model
 *   (e.g. unblinded items in a blinded model) are refused.
 * zod issues carry one language (the resolver shows `message`); `params` holds the code and both texts.
 */
import { z } from 'zod';
import { MISSING_REASON_CODES, type LocalizedText } from '../catalogue';
import { assertNever } from '../lib/assert-never';
import type { FieldDraft } from './entry-contract';
import type { FieldModel, FormModel } from './form-model';
import { MESSAGES } from './messages';
import { parseDateText, parseDateTimeText } from './parse/parse-date';
import { parseField } from './parse/parse-field';
import { EMPTY_DRAFT, looksLikeMissingReason } from './parse/read-draft';

export type Language = keyof LocalizedText;
export interface SchemaOptions {
  /** The language of zod issue messages; both are always in `params`. Default English. */
  readonly language?: Language;
}

/** Complete default values for a record: fixed values pre-filled, the stored unit chosen. */
export function emptyDraft(model: FormModel): Record<string, FieldDraft> {
  return Object.fromEntries(
    model.fields.map((field) => {
      const unit = field.kind === 'quantity' || field.kind === 'integer' ? (field.unit ?? '') : '';
      const value = field.fixedValue === undefined ? '' : String(field.fixedValue);
      return [field.key, { ...EMPTY_DRAFT, unit, value }];
    }),
  );
}

function fieldDraftSchema(field: FieldModel, language: Language) {
  const say = (message: LocalizedText) => ({ error: () => message[language] });
  const shape = z.object({
    value: z.string(say(MESSAGES.malformedDraft)),
    unit: z.string(say(MESSAGES.malformedDraft)),
    qualifier: z.enum(['', '<', '>'], say(MESSAGES.qualifierNotAllowed)),
    missing: z.union([z.literal(''), z.enum(MISSING_REASON_CODES)], {
      error: (issue) => MESSAGES.missingReason(String(issue.input))[language],
    }),
    softConfirmed: z.boolean(say(MESSAGES.malformedDraft)),
  });
  return shape
    .superRefine((draft, ctx) => {
      for (const { part, problem } of parseField(field, draft).issues) {
        ctx.addIssue({
          code: 'custom',
          path: [part],
          message: problem.message[language],
          params: { code: problem.code, en: problem.message.en, zh: problem.message.zh },
        });
      }
    })
    .optional();
}

export function buildDraftSchema(model: FormModel, options: SchemaOptions = {}) {
  const language = options.language ?? 'en';
  return z.object(Object.fromEntries(model.fields.map((field) => [field.key, fieldDraftSchema(field, language)])));
}

const both = (message: LocalizedText, language: Language) => ({ error: () => message[language] });

function storedValueSchema(field: FieldModel, language: Language): z.ZodType<number | string | boolean> {
  switch (field.kind) {
    case 'quantity':
    case 'integer': {
      const { min, max, minExclusive } = field.hardRange;
      const range = both(MESSAGES.hardRange(field.hardRange, field.unit), language);
      const base = field.kind === 'integer' ? z.int(both(MESSAGES.integer, language)) : z.number(both(MESSAGES.number, language));
      return (minExclusive ? base.gt(min, range) : base.gte(min, range)).lte(max, range);
    }
    case 'text':
      return z
        .string()
        .min(1, both(MESSAGES.required, language))
        .max(field.maxLength, both(MESSAGES.textTooLong(field.maxLength), language))
        .refine((v) => v.trim() === v && !looksLikeMissingReason(v), both(MESSAGES.missingCodeAsValue, language));
    case 'date':
      return z.string().refine((v) => {
        const parsed = parseDateText(v, field.partialAllowed);
        return parsed.ok && parsed.value === v;
      }, both(MESSAGES.date(field.partialAllowed), language));
    case 'datetime':
      return z.string().refine((v) => {
        const parsed = parseDateTimeText(v);
        return parsed.ok && parsed.value === v;
      }, both(MESSAGES.dateTime, language));
    case 'choice': {
      const [first, ...rest] = field.choices.map((c) => c.code);
      return z.enum([first ?? '', ...rest], both(MESSAGES.choice, language));
    }
    case 'boolean':
      return z.boolean(both(MESSAGES.boolean, language));
    default:
      return assertNever(field, 'field kind');
  }
}

export function buildValueSchema(model: FormModel, options: SchemaOptions = {}) {
  const language = options.language ?? 'en';
  return z.strictObject(Object.fromEntries(model.fields.map((field) => [field.key, storedValueSchema(field, language).optional()])));
}
