/**
 * When a field applies, as data. A field that does not apply is never required, and only fields that
 * can be "not applicable" offer the NA missing reason (README: Decisions).
 */
import type { ItemId } from '../catalogue';
import type { Applicability } from './form-model';
import type { StoredValues, SubjectContext } from './entry-contract';

const unless = (item: ItemId, equals: string | boolean): Applicability => ({ kind: 'unless', item, equals });
const onlyWhen = (item: ItemId, equals: string | boolean): Applicability => ({ kind: 'only-when', item, equals });

const NOT_GIVEN = unless('infusionGiven', false);
/** A history date is asked only after its yes/no was answered "yes" (catalogue README: history for eligibility). */
const AFTER_YES = (question: ItemId): Applicability => onlyWhen(question, true);
/** Women only: not for a subject known to be male (sex from the form, else `context.subject`). */
const NOT_MALE: Applicability = { kind: 'unless-subject-male' };
const NOT_SERIOUS = unless('aeSerious', false);
const NO_ASCITES = unless('ascitesGrade', '0');

export const APPLICABILITY: Readonly<Partial<Record<ItemId, Applicability>>> = {
  aeEnd: unless('aeOngoing', true),
  cmEnd: unless('cmOngoing', true),
  infusionNotGivenReason: onlyWhen('infusionGiven', false),
  infusionInterruptReason: onlyWhen('infusionInterrupted', true),
  infusionStart: NOT_GIVEN,
  infusionStop: NOT_GIVEN,
  dosePerKg: NOT_GIVEN,
  totalCells: NOT_GIVEN,
  infusionVolume: NOT_GIVEN,
  infusionRoute: NOT_GIVEN,
  infusionInterrupted: NOT_GIVEN,
  infusionReaction: NOT_GIVEN,
  aeSdth: NOT_SERIOUS,
  aeSlife: NOT_SERIOUS,
  aeShosp: NOT_SERIOUS,
  aeSdisab: NOT_SERIOUS,
  aeScong: NOT_SERIOUS,
  aeSmie: NOT_SERIOUS,
  ascitesRefractory: NO_ASCITES,
  paracentesis: NO_ASCITES,
  pregnancyTest: NOT_MALE,
  breastfeeding: NOT_MALE,
  lastTrialParticipationDate: AFTER_YES('priorTrialParticipation'),
  tipsDate: AFTER_YES('priorTips'),
  antiviralStartDate: AFTER_YES('antiviralTherapy'),
  aihSteroidStartDate: AFTER_YES('aihSteroidTherapy'),
  lastImmunosuppressantDate: AFTER_YES('priorImmunosuppressant'),
  lastInterferonOrGlucocorticoidDate: AFTER_YES('priorInterferonOrGlucocorticoid'),
  dispositionReason: unless('disposition', 'COMPLETED'),
};

/**
 * Whether a field applies given the record's values. A controlling item that is not on the form leaves
 * the field applicable (the form is the only place to answer it); one not answered yet leaves an `unless`
 * field applicable and an `only-when` field not (yet) applicable: the question is not triggered.
 */
export function isApplicable(
  applicability: Applicability | undefined,
  values: StoredValues,
  subject: SubjectContext | undefined,
  modelKeys: ReadonlySet<string>,
): boolean {
  if (applicability === undefined) return true;
  if (applicability.kind !== 'unless-subject-male' && !modelKeys.has(applicability.item)) return true;
  switch (applicability.kind) {
    case 'unless':
      return values[applicability.item] !== applicability.equals;
    case 'only-when':
      return values[applicability.item] === applicability.equals;
    case 'unless-subject-male': {
      const sex = values['sex'] ?? subject?.sex;
      return sex !== 'M';
    }
  }
}
