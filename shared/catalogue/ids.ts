/**
 * Every item id of the shared CRF catalogue, grouped by area.
 *
 * Protocol definitions (seeds) reference items by these ids, so this list is append-only:
 * renaming or removing an id would orphan stored data and seeds. Meanings: ./README.md.
 */

export const LAB_ITEM_IDS = [
  'alt',
  'ast',
  'alp',
  'bilirubin',
  'bilirubinUln',
  'albumin',
  'prothrombinTime',
  'pta',
  'inr',
  'creatinine',
  'creatinineUln',
  'urea',
  'sodium',
  'wbc',
  'neutrophils',
  'platelets',
  'cholinesterase',
  'hbvDna',
  'hbvDnaLlod',
  'lactate',
  'pao2',
  'hivAntibody',
  'pregnancyTest',
] as const;

export const CLINICAL_ITEM_IDS = [
  'ascitesGrade',
  'ascitesRefractory',
  'paracentesis',
  'heGrade',
  'weight',
  'dosingWeight',
  'height',
  'systolicBp',
  'diastolicBp',
  'heartRate',
  'respiratoryRate',
  'temperature',
  'spo2',
  'fio2',
  'meanArterialPressure',
  'vasopressors',
  'renalReplacement',
  'dialysisTwiceInPastWeek',
  'etiologyCategory',
  'liverDiseaseEtiology',
  'sex',
  'birthYear',
  'age',
  'consentDate',
  'visitDate',
] as const;

export const INFUSION_ITEM_IDS = [
  'infusionGiven',
  'infusionNotGivenReason',
  'kitNumber',
  'productLot',
  'infusionStart',
  'infusionStop',
  'dosePerKg',
  'totalCells',
  'infusionVolume',
  'infusionRoute',
  'infusionInterrupted',
  'infusionInterruptReason',
  'infusionReaction',
  'productActual',
] as const;

export const ADVERSE_EVENT_ITEM_IDS = [
  'aeTerm',
  'aeStart',
  'aeEnd',
  'aeOngoing',
  'aeGrade',
  'aeSerious',
  'aeSdth',
  'aeSlife',
  'aeShosp',
  'aeSdisab',
  'aeScong',
  'aeSmie',
  'aeRelated',
  'aeAction',
  'aeOutcome',
] as const;

export const CONMED_ITEM_IDS = ['cmTerm', 'cmIndication', 'cmDose', 'cmStart', 'cmEnd', 'cmOngoing'] as const;

/** Death, liver transplantation, decompensation events and vital status / end of study. */
export const OUTCOME_ITEM_IDS = [
  'deathDate',
  'deathCause',
  'autopsy',
  'ltDate',
  'ltDonorType',
  'ceTerm',
  'ceStart',
  'ceBasis',
  'ceSeverity',
  'lastKnownAliveDate',
  'vitalStatus',
] as const;

export const EQ5D_ITEM_IDS = [
  'eq5dMobility',
  'eq5dSelfCare',
  'eq5dUsualActivities',
  'eq5dPainDiscomfort',
  'eq5dAnxietyDepression',
  'eq5dVas',
] as const;

export const CLDQ_ITEM_IDS = [
  'cldq01', 'cldq02', 'cldq03', 'cldq04', 'cldq05', 'cldq06', 'cldq07', 'cldq08', 'cldq09', 'cldq10',
  'cldq11', 'cldq12', 'cldq13', 'cldq14', 'cldq15', 'cldq16', 'cldq17', 'cldq18', 'cldq19', 'cldq20',
  'cldq21', 'cldq22', 'cldq23', 'cldq24', 'cldq25', 'cldq26', 'cldq27', 'cldq28', 'cldq29',
] as const;

/**
 * Medical history and treatment history that eligibility rules read. A dated event that may never have
 * happened (a TIPS, another trial, a drug) comes with a yes/no question first, so "never" is an answer
 * and not a missing date.
 */
export const HISTORY_ITEM_IDS = [
  'priorLiverTransplant',
  'onTransplantWaitingList',
  'priorTrialParticipation',
  'lastTrialParticipationDate',
  'decompensationOnsetDate',
  'copdGoldGrade',
  'priorTips',
  'tipsDate',
  'antiviralTherapy',
  'antiviralStartDate',
  'aihSteroidTherapy',
  'aihSteroidStartDate',
  'priorImmunosuppressant',
  'lastImmunosuppressantDate',
  'priorInterferonOrGlucocorticoid',
  'lastInterferonOrGlucocorticoidDate',
  'breastfeeding',
  'preOnsetPlatelets',
  'preOnsetChildPugh',
  'surgicalShuntHistory',
] as const;

/** Study conduct: disposition at the end of study, randomisation records, investigator assessments. */
export const STUDY_CONDUCT_ITEM_IDS = [
  'disposition',
  'dispositionDate',
  'dispositionReason',
  'symptomsImproved',
  'randomisationNumber',
  'randomisationDateTime',
] as const;

export const ITEM_IDS = [
  ...LAB_ITEM_IDS,
  ...CLINICAL_ITEM_IDS,
  ...INFUSION_ITEM_IDS,
  ...ADVERSE_EVENT_ITEM_IDS,
  ...CONMED_ITEM_IDS,
  ...OUTCOME_ITEM_IDS,
  ...EQ5D_ITEM_IDS,
  ...CLDQ_ITEM_IDS,
  ...HISTORY_ITEM_IDS,
  ...STUDY_CONDUCT_ITEM_IDS,
] as const;

export type ItemId = (typeof ITEM_IDS)[number];

const ITEM_ID_SET: ReadonlySet<string> = new Set(ITEM_IDS);

/** Narrows an arbitrary string (e.g. from a seed) to a catalogue id. */
export function isItemId(value: string): value is ItemId {
  return ITEM_ID_SET.has(value);
}
