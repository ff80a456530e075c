/**
 * shared/forms: the form engine. (protocol, visit, form, subject's arm and stage, role's blinding) → a
 * neutral form model → zod schemas for drafts and values; field, cross-field and completion validation;
 * live derived scores. The contract is form-model.ts + entry-contract.ts; README.md states its guarantees.
 *
 * Non-goals: it never renders, stores, reads a clock or talks to the OS. Review aggregation, eligibility
 * and the schedule live in their own areas.
 */
export type {
  Applicability,
  AssumptionNote,
  BooleanField,
  ChoiceField,
  ChoiceOption,
  DateField,
  DateTimeField,
  DerivationModel,
  FieldKind,
  FieldModel,
  FieldOfKind,
  FormModel,
  HardRangeModel,
  IntegerField,
  MissingReasonOption,
  PrecedingRandomisation,
  ProtocolRef,
  QuantityField,
  SoftRangeModel,
  SubjectContextKey,
  TextField,
  UnitOption,
  VisitModel,
} from './form-model';
export { FIELD_KINDS } from './form-model';
export type {
  CompletionResult,
  DerivationResult,
  EntryContext,
  EntryResult,
  FieldDraft,
  FieldEntry,
  FieldValidation,
  FormDraft,
  NeededInput,
  Problem,
  ProblemCode,
  ProblemSeverity,
  StoredValue,
  StoredValues,
  SubjectContext,
} from './entry-contract';
export { buildFormModel, buildVisitModel, type FormModelRequest, type VisitModelRequest } from './build-form-model';
export type { FormIssue } from './resolve-visit';
export { APPLICABILITY, isApplicable } from './applicability';
export { buildDraftSchema, buildValueSchema, emptyDraft, type Language, type SchemaOptions } from './schemas';
export { checkCompletion, validateEntry, validateField } from './validate-entry';
export { JAUNDICE_THRESHOLD_UMOL_L } from './field-checks';
export { CROSS_FIELD_RULES, type Condition, type CrossFieldRule } from './rules/cross-field-rules';
export { INFUSION_DURATION, FEVER_AFTER_INFUSION } from './rules/infusion-rules';
export { RANDOMISATION_ORDER } from './rules/order-rules';
export { DOSE_TOLERANCE } from './rules/dose-rules';
export { STANDARD_SCORES } from './derivations/score-definitions';
export { computeDerivations } from './derivations/compute-derivations';
export { LOG_NONE_ITEM, LOG_NONE_LABEL, LOG_NONE_VALUE, canAnswerNone, isNoneAnswer, logAnswer, type LogAnswer } from './log-none';
