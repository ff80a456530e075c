/**
 * The entry half of the client contract: what inputs hold (drafts), what is stored (values and entries),
 * what is wrong (problems), and what a subject's context supplies. Plain data, no functions.
 */
import type { FormulaInput } from './derivations/formula-inputs';
import type { ItemId, LocalizedText, MissingReasonCode } from '../catalogue';
import type { DerivedScoreId } from '../protocol';

/**
 * What one field's inputs hold. Every property is always present, so react-hook-form's default values are
 * complete: numbers and dates are the text typed ("draft values are strings"), booleans are "true" /
 * "false", a choice is its code, and "" means empty. An empty number is never 0.
 */
export interface FieldDraft {
  readonly value: string;
  /** The chosen unit; "" means the stored unit. */
  readonly unit: string;
  readonly qualifier: '' | '<' | '>';
  /** A missing-reason code, or "". A value and a missing reason are mutually exclusive. */
  readonly missing: '' | MissingReasonCode;
  /** The site confirmed this field's warnings. The renderer clears it when the value changes. */
  readonly softConfirmed: boolean;
}

/** One record of a form: a draft per field key. Keys not on the model are ignored. */
export type FormDraft = Readonly<Record<string, FieldDraft | undefined>>;

/** A typed value in the item's stored unit: numbers (SI), codes, ISO dates and date-times, text, yes/no. */
export type StoredValue = number | string | boolean;

/** The stored values of one record (or a whole visit), by field key; empty fields are absent. */
export type StoredValues = Readonly<Record<string, StoredValue | undefined>>;

/**
 * What saving one field records; it mirrors the item events of shared/events. The value is stored in the
 * stored unit; what was typed, and in which unit, is kept beside it.
 */
export type FieldEntry =
  | {
      readonly status: 'value';
      readonly value: StoredValue;
      /** Exactly what was typed (trimmed). */
      readonly entered: string;
      /** Present when the value was typed in another unit than the stored one. */
      readonly enteredUnit?: string;
      /** The stored unit of `value`, for quantities and integers that have one. */
      readonly unit?: string;
      readonly qualifier?: '<' | '>';
      readonly softRangeConfirmed?: true;
    }
  | { readonly status: 'missing'; readonly reason: MissingReasonCode };

/**
 * error: hard, blocks completion (and a format error blocks saving the field); warning: soft, needs
 * confirmation, never blocks; required: no value and no missing reason, blocks completion only.
 */
export type ProblemSeverity = 'error' | 'warning' | 'required';

export type ProblemCode =
  | 'draft.malformed'
  | 'format.number'
  | 'format.integer'
  | 'format.date'
  | 'format.partial-date'
  | 'format.datetime'
  | 'format.choice'
  | 'format.boolean'
  | 'format.text-too-long'
  | 'format.unit'
  | 'format.qualifier'
  | 'format.missing-reason'
  | 'format.missing-code-as-value'
  | 'missing.with-value'
  | 'required'
  | 'range.hard-low'
  | 'range.hard-high'
  | 'range.soft-low'
  | 'range.soft-high'
  | 'range.relative-change'
  | 'unit-slip'
  | 'fixed-value.differs'
  | `rule.${string}`;

export interface Problem {
  /** The field the problem is shown on (and whose `softConfirmed` confirms a warning). */
  readonly key: ItemId;
  /** Every field involved, `key` first. */
  readonly keys: readonly ItemId[];
  readonly severity: ProblemSeverity;
  readonly code: ProblemCode;
  readonly message: LocalizedText;
  /** Warnings only: the site confirmed it. Confirmed warnings stay listed for review, they need nothing more. */
  readonly confirmed?: boolean;
}

/** Facts about the subject that live outside this form (demography, dialysis, the MELD etiology term). */
export interface SubjectContext {
  readonly sex?: 'M' | 'F';
  readonly ageYears?: number;
  readonly dialysisTwiceInPastWeek?: boolean;
  /** NCT05121870 MELD etiology term: "0" cholestatic or alcoholic, "1" other. */
  readonly etiologyCategory?: '0' | '1';
}

export interface EntryContext {
  readonly subject?: SubjectContext;
  /** Stored values of the subject's previous visit: weight change, the urea slip check, jaundice. */
  readonly previous?: StoredValues;
  /**
   * Stored values of this visit's other forms, for rules that span forms: the dosing weight (infusion
   * form) beside the cell counts (pharmacy form), the infusion stop beside the temperature (vitals), the
   * randomisation time beside the infusion start (F4).
   */
  readonly visit?: StoredValues;
  /** Overrides the jaundice inference from the previous bilirubin (unit-slip check). */
  readonly jaundiced?: boolean;
  /** End of the subject's latest infusion, local YYYY-MM-DDTHH:mm (fever-after-infusion prompt). */
  readonly lastInfusionEnd?: string;
  /** When this record's observations were made, local YYYY-MM-DDTHH:mm. */
  readonly observedAt?: string;
}

export interface EntryResult {
  /** Parsed values in stored units, including values that violate a range (they are kept, and flagged). */
  readonly values: Readonly<Record<string, StoredValue>>;
  /** What saving each non-empty field records. */
  readonly entries: Readonly<Record<string, FieldEntry>>;
  readonly problems: readonly Problem[];
}

/** "Save this field": only a format problem stops the save; everything else is reported and kept. */
export interface FieldValidation {
  readonly key: ItemId;
  /** null when the field is empty, or when it cannot be saved. */
  readonly entry: FieldEntry | null;
  readonly canSave: boolean;
  readonly problems: readonly Problem[];
}

/** "Complete this form". */
export interface CompletionResult {
  readonly canComplete: boolean;
  /** Hard errors and required fields without a value or a missing reason. */
  readonly blocking: readonly Problem[];
  /** Unconfirmed warnings: they do not block, they become system queries. */
  readonly needsConfirmation: readonly Problem[];
  /** Fields answered with a temporary missing reason (NAV): complete, but still outstanding in review. */
  readonly pending: readonly ItemId[];
}

/** An input a score still needs: an item on some form, or (sex, age, dialysis, etiology) the subject context. */
export interface NeededInput {
  readonly key: ItemId;
  readonly label: LocalizedText;
}

interface DerivationResultBase {
  readonly id: DerivedScoreId;
  readonly label: LocalizedText;
  readonly formula: string;
}

export type DerivationResult =
  | (DerivationResultBase & {
      readonly status: 'computed';
      /** Always finite. */
      readonly score: number;
      /** A class, grade or verdict shown beside the number (Child-Pugh class, ACLF grade, inclusion). */
      readonly detail?: LocalizedText;
      /** What the formula used, after unit conversion and clamping (e.g. bilirubin 20 mg/dL, creatinine 1 mg/dL). */
      readonly inputs: readonly FormulaInput[];
    })
  | (DerivationResultBase & { readonly status: 'needs'; readonly needs: readonly NeededInput[]; readonly message: LocalizedText })
  | (DerivationResultBase & { readonly status: 'not-computable'; readonly message: LocalizedText });
