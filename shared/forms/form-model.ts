/**
 * The form model: the client contract between the form engine (shared/forms) and any renderer.
 *
 * A model is plain, serialisable data built from (protocol, visit, form, the subject's arm and stage, the
 * role's blinding). It carries both languages (locale-neutral) and everything a renderer needs to draw a
 * field, so a renderer never reads the catalogue or the protocol itself. It never contains functions.
 * @see ./README.md for the guarantees and non-goals.
 */
import { ITEM_KINDS, type ItemDefinition, type ItemId, type ItemKind, type LocalizedText, type MissingReasonCode } from '../catalogue';
import type { Dose, DerivedScoreId } from '../protocol';

/** Field kinds are the catalogue's item kinds, one renderer component each (`Record<FieldKind, Component>`). */
export const FIELD_KINDS = ITEM_KINDS;
export type FieldKind = (typeof FIELD_KINDS)[number];
// Both directions, so a new catalogue kind cannot be forgotten here (and the registry fails to compile).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsAligned: Same<FieldKind, ItemKind> = true;
void kindsAligned;

/** Where an assumption note comes from; `flag` is a domain-reference flag or section (F7, §3.6). */
export interface AssumptionNote {
  readonly source: 'catalogue' | 'protocol' | 'engine';
  readonly flag?: string;
  readonly text: LocalizedText;
}

export interface MissingReasonOption {
  readonly code: MissingReasonCode;
  readonly label: LocalizedText;
  /** False for NAV (pending): the field stays outstanding until a value arrives. */
  readonly final: boolean;
}

/** A unit a value may be entered in: stored = entered × factor + offset. The stored (SI) unit comes first. */
export interface UnitOption {
  readonly unit: string;
  readonly label: LocalizedText;
  readonly factor: number;
  readonly offset: number;
  /** Display decimals for values in this unit. */
  readonly decimals: number;
  readonly isStored: boolean;
}

/** Inclusive bounds unless `minExclusive`; values outside block completion. In the stored unit. */
export interface HardRangeModel {
  readonly min: number;
  readonly max: number;
  readonly minExclusive: boolean;
}

/** Strict thresholds: below `low` or above `high` asks for confirmation. In the stored unit. */
export interface SoftRangeModel {
  readonly low?: number;
  readonly high?: number;
  /** 'protocol' when the protocol's override replaced the catalogue range. */
  readonly source: 'catalogue' | 'protocol';
}

/**
 * When a field applies. Unknown controlling answers: `only-when` does not apply yet (the question is not
 * triggered), `unless` still applies. A field that does not apply is never required, and only such
 * fields offer the NA missing reason.
 */
export type Applicability =
  | { readonly kind: 'only-when'; readonly item: ItemId; readonly equals: string | boolean }
  | { readonly kind: 'unless'; readonly item: ItemId; readonly equals: string | boolean }
  | { readonly kind: 'unless-subject-male' };

export interface ChoiceOption {
  readonly code: string;
  readonly label: LocalizedText;
}

interface FieldBase<K extends FieldKind> {
  readonly kind: K;
  /** The catalogue item id; unique within a form, and the key of drafts, values and problems. */
  readonly key: ItemId;
  /** ODM ItemOID. */
  readonly oid: string;
  readonly label: LocalizedText;
  readonly help?: LocalizedText;
  /** Completion needs a value or a missing reason (when the field applies). */
  readonly required: boolean;
  readonly missingReasons: readonly MissingReasonOption[];
  readonly applicability?: Applicability;
  readonly assumptions: readonly AssumptionNote[];
  readonly codes: ItemDefinition['codes'];
}

export interface QuantityField extends FieldBase<'quantity'> {
  /** The stored (SI) unit, also the default unit of a new entry. */
  readonly unit: string;
  readonly units: readonly UnitOption[];
  readonly decimals: number;
  readonly hardRange: HardRangeModel;
  readonly softRange?: SoftRangeModel;
  /** A relative change from the previous visit beyond which the site confirms (weight: 0.1). */
  readonly softMaxRelativeChange?: number;
  /** "<" / ">" may qualify the value (below or above an assay limit). */
  readonly qualifierAllowed: boolean;
  readonly fixedValue?: number;
}

export interface IntegerField extends FieldBase<'integer'> {
  readonly unit?: string;
  /** Empty or the one stored unit: integers have no alternative units. */
  readonly units: readonly UnitOption[];
  readonly hardRange: HardRangeModel;
  readonly softRange?: SoftRangeModel;
  readonly fixedValue?: number;
}

export interface TextField extends FieldBase<'text'> {
  readonly maxLength: number;
  readonly fixedValue?: string;
}

export interface DateField extends FieldBase<'date'> {
  /** Year (YYYY) or year-month (YYYY-MM) may be entered when the exact date is unknown. */
  readonly partialAllowed: boolean;
  readonly fixedValue?: string;
}

/** Local date and time at the site, YYYY-MM-DDTHH:mm: bedside clocks, no time zone. */
export interface DateTimeField extends FieldBase<'datetime'> {
  readonly fixedValue?: string;
}

export interface ChoiceField extends FieldBase<'choice'> {
  readonly choices: readonly ChoiceOption[];
  readonly fixedValue?: string;
}

export interface BooleanField extends FieldBase<'boolean'> {
  readonly fixedValue?: boolean;
}

export type FieldModel = QuantityField | IntegerField | TextField | DateField | DateTimeField | ChoiceField | BooleanField;
export type FieldOfKind<K extends FieldKind> = Extract<FieldModel, { kind: K }>;

/** Subject facts that scores and rules read when the form itself does not hold them. */
export type SubjectContextKey = 'sex' | 'ageYears' | 'dialysisTwiceInPastWeek' | 'etiologyCategory';

/** A derived score the form (or visit) shows live; computed by `computeDerivations`, never stored. */
export interface DerivationModel {
  readonly id: DerivedScoreId;
  readonly label: LocalizedText;
  /** The stable formula id of shared/scores, stored beside any exported value. */
  readonly formula: string;
  /** Every item the score may read, whether or not it is on this form. */
  readonly inputs: readonly ItemId[];
  readonly contextInputs: readonly SubjectContextKey[];
  readonly assumptions: readonly AssumptionNote[];
}

/**
 * A randomisation that must come before this form (domain flag F4): the form is the `beforeForm` of a
 * stage that randomises at this visit. The same for every subject and role at that visit, whatever the
 * arm, so it reveals nothing about the allocation.
 */
export interface PrecedingRandomisation {
  /** The stage whose randomisation happens at this visit. */
  readonly stage: number;
  readonly stageLabel: LocalizedText;
}

export interface ProtocolRef {
  readonly id: string;
  readonly version: string;
}

export interface FormModel {
  readonly id: string;
  /** ODM FormOID. */
  readonly oid: string;
  readonly title: LocalizedText;
  /** Several records per visit (AEs, medications): each record is one draft, validated on its own. */
  readonly repeating: boolean;
  /** Every entry records the protocol version it was made under. */
  readonly protocol: ProtocolRef;
  readonly visitId: string;
  /** True when built for a blinded role: nothing unblinded-only is in the model. */
  readonly blinded: boolean;
  readonly fields: readonly FieldModel[];
  readonly derivations: readonly DerivationModel[];
  /** What the subject's arm receives at this visit. Only in unblinded models built with an arm. */
  readonly dose?: Dose;
  /**
   * Set when a randomisation at this visit must precede this form (F4): its `infusionStart` must be after
   * `randomisationDateTime` (from the form, else `context.visit`).
   */
  readonly precedingRandomisation?: PrecedingRandomisation;
  readonly assumptions: readonly AssumptionNote[];
}

export interface VisitModel {
  readonly id: string;
  readonly label: LocalizedText;
  readonly protocol: ProtocolRef;
  readonly blinded: boolean;
  /** In the protocol's order; unblinded-only forms are absent from a blinded model. */
  readonly forms: readonly FormModel[];
  /** The union of the forms' derivations: values from every form of the visit feed them. */
  readonly derivations: readonly DerivationModel[];
}
