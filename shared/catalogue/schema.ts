/**
 * The shape of one catalogue item. Items are data (protocols and exports read them), so the shape is a
 * zod schema and the TypeScript types are inferred from it.
 */
import { z } from 'zod';
import { ITEM_IDS } from './ids';

/** Every user-visible text exists in English and Simplified Chinese. */
export const LocalizedText = z.object({ en: z.string().trim().min(1), zh: z.string().trim().min(1) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const ItemIdSchema = z.enum(ITEM_IDS);

/** A unit symbol as shown and stored beside a value (e.g. "µmol/L"). */
export const UnitSymbol = z.string().trim().min(1).max(40);

/**
 * The test a lab actually measured when a result arrives in this unit. It differs from the item's own
 * test in one known trap: "BUN mg/dL" is urea nitrogen (UREAN), while the stored value is urea (UREA).
 */
export const ReportedTest = z.object({
  testCode: z.string().min(1),
  cCode: z.string().regex(/^C\d+$/).optional(),
  loinc: z.string().regex(/^\d+-\d$/).optional(),
});

/** An alternative unit: stored = value × factor + offset (offset is only for °F → °C). */
export const AlternativeUnit = z.object({
  unit: UnitSymbol,
  label: LocalizedText.optional(),
  factor: z.number().positive().finite(),
  offset: z.number().finite().optional(),
  decimals: z.number().int().min(0).max(6).optional(),
  reportedAs: ReportedTest.optional(),
});
export type AlternativeUnit = z.infer<typeof AlternativeUnit>;

/** Values outside the hard range are physiologically near-impossible and block completion. */
export const HardRange = z
  .object({
    min: z.number().finite(),
    max: z.number().finite(),
    /** True when the bound itself is invalid, e.g. a dose must be > 0. */
    minExclusive: z.boolean().optional(),
  })
  .refine((r) => r.min < r.max, 'hard range min must be below max');
export type HardRange = z.infer<typeof HardRange>;

/** Values below `low` or above `high` (strictly) are unusual: the site confirms them, nothing blocks. */
export const SoftRange = z
  .object({ low: z.number().finite().optional(), high: z.number().finite().optional() })
  .refine((r) => r.low !== undefined || r.high !== undefined, 'a soft range needs low or high')
  .refine((r) => r.low === undefined || r.high === undefined || r.low < r.high, 'soft low must be below high');
export type SoftRange = z.infer<typeof SoftRange>;

export const CdiscDomain = z.enum(['LB', 'MB', 'VS', 'RS', 'QS', 'DM', 'SV', 'DS', 'DD', 'EC', 'AE', 'CM', 'PR', 'CE', 'SS', 'MH']);

export const CdiscCoding = z.object({
  domain: CdiscDomain,
  /** --TESTCD (LB/VS/QS/RS/DD/SS) for findings. */
  testCode: z.string().regex(/^[A-Z][A-Z0-9]{0,7}$/).optional(),
  /** CDASH/SDTM variable for events, interventions and special-purpose domains (e.g. AETOXGR). */
  variable: z.string().regex(/^[A-Z][A-Z0-9]{1,7}$/).optional(),
  /** NCI C-code of the test, only where domain.md gives one. */
  cCode: z.string().regex(/^C\d+$/).optional(),
  /** QSCAT for questionnaires. */
  category: z.string().min(1).optional(),
});

export const ItemCodes = z.object({
  /** First = the code for the stored unit; the rest are accepted alternatives. */
  loinc: z.array(z.string().regex(/^\d+-\d$/)).min(1).optional(),
  cdisc: CdiscCoding.optional(),
  /** A mapping choice the sponsor's data manager must make, or a code we could not verify. */
  note: z.string().min(1).optional(),
});

export const Choice = z.object({
  /** What is stored. Stable forever once data exists. */
  code: z.string().min(1).max(40),
  label: LocalizedText,
  /** CDISC controlled-terminology value for export, when it differs from or is needed beside the code. */
  submissionValue: z.string().min(1).optional(),
});
export type Choice = z.infer<typeof Choice>;

const ItemBase = z.object({
  id: ItemIdSchema,
  label: LocalizedText,
  help: LocalizedText.optional(),
  codes: ItemCodes,
  /** Shown by the UI: the value, range or list is an assumption or judgement awaiting sponsor confirmation. */
  assumption: LocalizedText.optional(),
  /** The item itself reveals the allocation: only unblinded roles may see it. */
  unblindedOnly: z.boolean().optional(),
});

const QuantityItem = ItemBase.extend({
  kind: z.literal('quantity'),
  /** The stored unit: the SI unit used in Chinese hospitals. */
  unit: UnitSymbol,
  unitLabel: LocalizedText.optional(),
  alternativeUnits: z.array(AlternativeUnit),
  decimals: z.number().int().min(0).max(6),
  hardRange: HardRange,
  softRange: SoftRange.optional(),
  /** A relative change from the previous visit beyond which the site confirms (weight: 0.1). */
  softMaxRelativeChange: z.number().positive().optional(),
  /** Labs may be reported as "<20" or ">120": the qualifier is stored beside the number. */
  qualifierAllowed: z.boolean(),
});

const IntegerItem = ItemBase.extend({
  kind: z.literal('integer'),
  unit: UnitSymbol.optional(),
  unitLabel: LocalizedText.optional(),
  hardRange: HardRange.refine((r) => Number.isInteger(r.min) && Number.isInteger(r.max), 'integer bounds'),
  softRange: SoftRange.optional(),
});

const TextItem = ItemBase.extend({ kind: z.literal('text'), maxLength: z.number().int().positive().max(2000) });

const DateItem = ItemBase.extend({
  kind: z.literal('date'),
  /** Partial dates (year or year-month) are stored truncated in ISO 8601, as SDTM does. */
  partialAllowed: z.boolean(),
});

const DateTimeItem = ItemBase.extend({ kind: z.literal('datetime') });

const ChoiceItem = ItemBase.extend({
  kind: z.literal('choice'),
  choices: z
    .array(Choice)
    .min(1)
    .refine((cs) => new Set(cs.map((c) => c.code)).size === cs.length, 'choice codes must be unique'),
  /**
   * "Unknown" is a missing reason (UNK/ASKU), never a choice; on export it becomes this CDISC term
   * for code lists that have one (ACN, OUT).
   */
  unknownSubmissionValue: z.string().min(1).optional(),
});

/** Stored as true/false; exported as Y/N (CDISC NY). */
const BooleanItem = ItemBase.extend({ kind: z.literal('boolean') });

export const ItemDefinition = z.discriminatedUnion('kind', [
  QuantityItem,
  IntegerItem,
  TextItem,
  DateItem,
  DateTimeItem,
  ChoiceItem,
  BooleanItem,
]);
export type ItemDefinition = z.infer<typeof ItemDefinition>;
export type ItemKind = ItemDefinition['kind'];
export type QuantityItem = Extract<ItemDefinition, { kind: 'quantity' }>;
export type IntegerItem = Extract<ItemDefinition, { kind: 'integer' }>;
export type ChoiceItem = Extract<ItemDefinition, { kind: 'choice' }>;
export type DateItem = Extract<ItemDefinition, { kind: 'date' }>;
export type TextItem = Extract<ItemDefinition, { kind: 'text' }>;

export const ITEM_KINDS = ['quantity', 'integer', 'text', 'date', 'datetime', 'choice', 'boolean'] as const satisfies readonly ItemKind[];
