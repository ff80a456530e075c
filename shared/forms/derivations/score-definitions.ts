/**
 * The derived scores a form can show, as data: the items each reads, and which of those are measured on
 * the form (a form shows a score when it holds at least one of them). Labels are shared/protocol's.
 */
import type { ItemId } from '../../catalogue';
import { DERIVED_SCORE_IDS, DERIVED_SCORE_LABELS, type DerivedScoreId } from '../../protocol';
import { FORMULA } from '../../scores';
import type { AssumptionNote, DerivationModel, SubjectContextKey } from '../form-model';

interface ScoreDefinition {
  /** Measured items: a form holding at least one of them shows the score. */
  readonly triggers: readonly ItemId[];
  /** Further items read from the form when present (else from the subject context, if listed there). */
  readonly extras: readonly ItemId[];
  readonly contextInputs: readonly SubjectContextKey[];
  readonly assumptions: readonly AssumptionNote[];
}

/** Shown by every protocol; the protocol's `scores` add to them. */
export const STANDARD_SCORES: readonly DerivedScoreId[] = ['meld', 'meldNa', 'meld3', 'childPugh'];

const engine = (flag: string, en: string, zh: string): AssumptionNote => ({ source: 'engine', flag, text: { en, zh } });

const CHILD_PUGH_MAPPING = [
  engine(
    '§3.6',
    'Ascites grade 0 → none, 1–2 → slight, 3 or refractory → moderate; HE grade 0 or minimal → none, 1–2 → grade 1–2, 3–4 → grade 3–4.',
    '腹水 0 级 → 无，1–2 级 → 轻度，3 级或难治性 → 中重度；肝性脑病 0 级或轻微型 → 无，1–2 级 → 1–2 级，3–4 级 → 3–4 级。',
  ),
];
const CLIF_MAPPING = [
  engine(
    '§3.7',
    'Minimal HE counts as grade 0; MAP is (SBP + 2 × DBP) / 3 when not measured; respiration uses PaO2/FiO2, else SpO2/FiO2.',
    '轻微型肝性脑病按 0 级计；未测平均动脉压时取（收缩压 + 2 × 舒张压）/ 3；呼吸指标优先用 PaO2/FiO2，否则用 SpO2/FiO2。',
  ),
];
const UNOS_LABS: readonly ItemId[] = ['bilirubin', 'creatinine', 'inr'];
const CLIF_ITEMS: readonly ItemId[] = ['bilirubin', 'creatinine', 'inr', 'heGrade', 'meanArterialPressure', 'pao2', 'spo2', 'fio2'];
const CLIF_EXTRAS: readonly ItemId[] = ['renalReplacement', 'vasopressors', 'systolicBp', 'diastolicBp'];

export const SCORE_DEFINITIONS: Readonly<Record<DerivedScoreId, ScoreDefinition>> = {
  meld: {
    triggers: UNOS_LABS,
    extras: ['dialysisTwiceInPastWeek'],
    contextInputs: ['dialysisTwiceInPastWeek'],
    assumptions: [],
  },
  meldNa: {
    triggers: [...UNOS_LABS, 'sodium'],
    extras: ['dialysisTwiceInPastWeek'],
    contextInputs: ['dialysisTwiceInPastWeek'],
    assumptions: [],
  },
  meld3: {
    triggers: [...UNOS_LABS, 'sodium', 'albumin'],
    extras: ['dialysisTwiceInPastWeek', 'sex'],
    contextInputs: ['dialysisTwiceInPastWeek', 'sex'],
    assumptions: [],
  },
  childPugh: {
    triggers: ['bilirubin', 'albumin', 'inr', 'ascitesGrade', 'heGrade'],
    extras: ['ascitesRefractory'],
    contextInputs: [],
    assumptions: CHILD_PUGH_MAPPING,
  },
  meldNct05121870: {
    triggers: UNOS_LABS,
    extras: ['etiologyCategory'],
    contextInputs: ['etiologyCategory'],
    assumptions: [
      engine('F16', '"Taken as integers" is read as rounding to the nearest integer.', '“取整数”按四舍五入处理。'),
    ],
  },
  meldInclusionNct03668171: {
    triggers: UNOS_LABS,
    extras: ['dialysisTwiceInPastWeek'],
    contextInputs: ['dialysisTwiceInPastWeek'],
    assumptions: [
      engine('F9', 'Computed as 10 × MELD(i) under UNOS rules; 17–30 inclusive.', '按 UNOS 规则计算 10 × MELD(i)；17–30 含端点。'),
    ],
  },
  clifCOf: {
    triggers: CLIF_ITEMS,
    extras: CLIF_EXTRAS,
    contextInputs: [],
    assumptions: CLIF_MAPPING,
  },
  aclfGrade: {
    triggers: CLIF_ITEMS,
    extras: CLIF_EXTRAS,
    contextInputs: [],
    assumptions: CLIF_MAPPING,
  },
  clifCAclf: {
    triggers: [...CLIF_ITEMS, 'wbc'],
    extras: [...CLIF_EXTRAS, 'age'],
    contextInputs: ['ageYears'],
    assumptions: CLIF_MAPPING,
  },
};

export function derivationModel(id: DerivedScoreId): DerivationModel {
  const def = SCORE_DEFINITIONS[id];
  return {
    id,
    label: DERIVED_SCORE_LABELS[id],
    formula: FORMULA[id],
    inputs: [...def.triggers, ...def.extras],
    contextInputs: def.contextInputs,
    assumptions: def.assumptions,
  };
}

/** The standard scores and the protocol's own, in a fixed order, where the keys hold a trigger. */
export function derivationsFor(protocolScores: readonly DerivedScoreId[], keys: ReadonlySet<string>): DerivationModel[] {
  const wanted = new Set<DerivedScoreId>([...STANDARD_SCORES, ...protocolScores]);
  return DERIVED_SCORE_IDS.filter((id) => wanted.has(id) && SCORE_DEFINITIONS[id].triggers.some((item) => keys.has(item))).map(
    derivationModel,
  );
}
