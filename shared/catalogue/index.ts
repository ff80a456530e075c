/**
 * The shared CRF item catalogue: one definition per item, referenced by id from every protocol.
 *
 * Guarantees:
 * - `ITEM_IDS` is complete and append-only; `CATALOGUE_ITEMS` defines each id exactly once and every
 *   definition parses with the `ItemDefinition` zod schema (checked by tests).
 * - Every label, help text and assumption note exists in English and Simplified Chinese.
 * - Quantities are stored in the SI unit of Chinese hospital reports; alternative units carry exact
 *   conversions; hard and soft ranges are in stored units with soft inside hard.
 * - A missing reason is stored beside a value, never as one: the helpers accept finite numbers only.
 * - Every helper is pure and total: unknown ids, units or values give issues (or no warnings), never throws.
 *
 * Non-goals: cross-field rules (DBP < SBP, AE consistency), protocol-specific thresholds and scores
 * live in the protocol, form and score modules.
 */
export { ITEM_IDS, isItemId, type ItemId } from './ids';
export {
  LAB_ITEM_IDS,
  CLINICAL_ITEM_IDS,
  INFUSION_ITEM_IDS,
  ADVERSE_EVENT_ITEM_IDS,
  CONMED_ITEM_IDS,
  OUTCOME_ITEM_IDS,
  EQ5D_ITEM_IDS,
  CLDQ_ITEM_IDS,
  HISTORY_ITEM_IDS,
  STUDY_CONDUCT_ITEM_IDS,
} from './ids';
export {
  ItemDefinition,
  ItemIdSchema,
  LocalizedText,
  AlternativeUnit,
  Choice,
  HardRange,
  SoftRange,
  ITEM_KINDS,
  type ItemKind,
  type QuantityItem,
  type IntegerItem,
  type ChoiceItem,
  type DateItem,
  type TextItem,
} from './schema';
export {
  MISSING_REASON_CODES,
  MISSING_REASONS,
  MissingReasonCode,
  isMissingReasonCode,
  type MissingReason,
  type SdtmMissingMapping,
} from './missing-reasons';
export { CATALOGUE_ITEMS, RANGES_ARE_JUDGEMENT, getItem } from './catalogue';
export { convertToStored, convertFromStored, unitsOf } from './units';
export { checkRange, isHardViolation, RANGE_STATUSES, type RangeStatus } from './ranges';
export {
  UNIT_SLIP_HEURISTICS,
  unitSlipWarnings,
  type UnitSlipCondition,
  type UnitSlipContext,
  type UnitSlipHeuristic,
  type UnitSlipWarning,
} from './unit-slips';
export { CLDQ_DOMAINS, cldqDomainOf, type CldqDomain, type CldqDomainId, type CldqItemId } from './cldq';
