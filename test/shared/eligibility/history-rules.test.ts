/**
 * The eligibility rules built on the medical- and treatment-history items, run on the shipped seeds
 * against the real catalogue: met / not met / unknown, at the edge of every window.
 *
 * Eligibility date 2024-03-10. Days before it: 28 → 2024-02-11, 30 → 2024-02-09, 31 → 2024-02-08,
 * 90 → 2023-12-11, 91 → 2023-12-10, 182 → 2023-09-10, 183 → 2023-09-09, 184 → 2023-09-08,
 * 364 → 2023-03-12, 365 → 2023-03-11, 366 → 2023-03-10 (2024 is a leap year).
 */
import { describe, expect, it } from 'vitest';
import { evaluateCriterion, evaluateEligibility, type CriterionOutcome, type Observation } from '../../../shared/eligibility';
import { SHIPPED_CATALOGUE } from '../../../shared/protocol';
import { seed, type SeedId } from '../../seeds/load-seeds';

const REFERENCE = '2024-03-10';

function outcome(trial: SeedId, criterionId: string, observations: Observation[]): CriterionOutcome {
  const criterion = seed(trial).eligibility.find((c) => c.id === criterionId);
  if (criterion === undefined) throw new Error(`${trial} has no criterion ${criterionId}`);
  expect(criterion.rule, `${trial} ${criterionId} is a machine rule`).toBeDefined();
  return evaluateCriterion(criterion, { referenceDate: REFERENCE, observations, judgements: {} }, SHIPPED_CATALOGUE).outcome;
}

const obs = (item: string, value: Observation['value'], extra: Partial<Observation> = {}): Observation => ({ item, value, ...extra });

type Case = [string, Observation[], CriterionOutcome];

/** A yes/no item: yes meets, no does not, no answer is unknown. */
describe.each<[SeedId, string, string]>([
  ['NCT05985863', 'exc-transplant', 'priorLiverTransplant'],
  ['NCT05121870', 'exc-13a-liver-transplant', 'priorLiverTransplant'],
  ['ESLD-UCMSC-DOSE', 'exc-02-transplant', 'priorLiverTransplant'],
  ['NCT03668171', 'exc-transplant-list', 'onTransplantWaitingList'],
  ['NCT05121870', 'exc-11-surgery', 'surgicalShuntHistory'],
])('%s %s reads %s', (trial, criterion, item) => {
  it.each<Case>([
    ['yes', [obs(item, true)], 'met'],
    ['no', [obs(item, false)], 'not-met'],
    ['no answer', [], 'unknown'],
  ])('%s → %s', (_label, observations, expected) => {
    expect(outcome(trial, criterion, observations)).toBe(expected);
  });
});

/** "Within N days before the eligibility date", behind a yes/no question. */
describe.each<[SeedId, string, string, string, string, string]>([
  // trial, criterion, gate item, date item, day −N (met), day −(N+1) (not met)
  ['NCT05985863', 'exc-immunomodulators', 'priorImmunosuppressant', 'lastImmunosuppressantDate', '2024-02-09', '2024-02-08'],
  ['NCT03668171', 'exc-other-trials', 'priorTrialParticipation', 'lastTrialParticipationDate', '2023-12-11', '2023-12-10'],
  ['NCT05121870', 'exc-19-other-trials', 'priorTrialParticipation', 'lastTrialParticipationDate', '2023-12-11', '2023-12-10'],
  ['NCT05121870', 'exc-07-tips', 'priorTips', 'tipsDate', '2023-09-09', '2023-09-08'],
  ['ESLD-UCMSC-DOSE', 'exc-06-interferon-steroids', 'priorInterferonOrGlucocorticoid', 'lastInterferonOrGlucocorticoidDate', '2023-03-11', '2023-03-10'],
  ['ESLD-UCMSC-DOSE', 'exc-08-other-trials', 'priorTrialParticipation', 'lastTrialParticipationDate', '2024-02-09', '2024-02-08'],
])('%s %s: %s, then %s within the window', (trial, criterion, gate, date, lastDayIn, firstDayOut) => {
  it.each<Case>([
    ['never (no)', [obs(gate, false)], 'not-met'],
    ['yes, on the first day of the window', [obs(gate, true), obs(date, lastDayIn)], 'met'],
    ['yes, the day before the window', [obs(gate, true), obs(date, firstDayOut)], 'not-met'],
    ['yes, on the eligibility date', [obs(gate, true), obs(date, REFERENCE)], 'met'],
    ['yes, after the eligibility date (still going on)', [obs(gate, true), obs(date, '2024-03-12')], 'met'],
    ['yes, date not recorded', [obs(gate, true)], 'unknown'],
    ['yes, a partial date', [obs(gate, true), obs(date, '2024-02')], 'unknown'],
    ['no answer at all', [], 'unknown'],
  ])('%s → %s', (_label, observations, expected) => {
    expect(outcome(trial, criterion, observations)).toBe(expected);
  });
});

describe('NCT05121870: treatment durations (antiviral < 12 months, AIH corticosteroids < 6 months)', () => {
  it.each<[string, string, string, string]>([
    ['exc-04-hbv-antiviral', 'HBV', 'antiviralTherapy', 'antiviralStartDate'],
    ['exc-05-hcv-antiviral', 'HCV', 'antiviralTherapy', 'antiviralStartDate'],
  ])('%s: %s treated 364 days excludes, 365 days passes; untreated or another etiology passes; no start date is unknown', (criterion, etiology, gate, start) => {
    const patient = (more: Observation[]) => [obs('liverDiseaseEtiology', etiology), ...more];
    expect(outcome('NCT05121870', criterion, patient([obs(gate, true), obs(start, '2023-03-12')]))).toBe('met');
    expect(outcome('NCT05121870', criterion, patient([obs(gate, true), obs(start, '2023-03-11')]))).toBe('not-met');
    expect(outcome('NCT05121870', criterion, patient([obs(gate, true), obs(start, '2024-03-15')]))).toBe('met');
    expect(outcome('NCT05121870', criterion, patient([obs(gate, false)]))).toBe('not-met');
    expect(outcome('NCT05121870', criterion, patient([obs(gate, true)]))).toBe('unknown');
    expect(outcome('NCT05121870', criterion, patient([]))).toBe('unknown');
    expect(outcome('NCT05121870', criterion, [obs('liverDiseaseEtiology', 'ALCOHOL'), obs(gate, true), obs(start, '2024-01-01')])).toBe('not-met');
    expect(outcome('NCT05121870', criterion, [obs('liverDiseaseEtiology', 'ALCOHOL')])).toBe('not-met');
    expect(outcome('NCT05121870', criterion, [obs(gate, true), obs(start, '2024-01-01')])).toBe('unknown');
  });

  it('hepatitis B therapy does not trigger the hepatitis C criterion, and the other way round', () => {
    const recent = [obs('antiviralTherapy', true), obs('antiviralStartDate', '2024-01-01')];
    expect(outcome('NCT05121870', 'exc-04-hbv-antiviral', [obs('liverDiseaseEtiology', 'HCV'), ...recent])).toBe('not-met');
    expect(outcome('NCT05121870', 'exc-05-hcv-antiviral', [obs('liverDiseaseEtiology', 'HBV'), ...recent])).toBe('not-met');
  });

  it.each<Case>([
    ['on corticosteroids for 182 days', [obs('aihSteroidTherapy', true), obs('aihSteroidStartDate', '2023-09-10')], 'met'],
    ['on corticosteroids for 183 days', [obs('aihSteroidTherapy', true), obs('aihSteroidStartDate', '2023-09-09')], 'not-met'],
    ['not on corticosteroids', [obs('aihSteroidTherapy', false)], 'not-met'],
    ['on corticosteroids, start not recorded', [obs('aihSteroidTherapy', true)], 'unknown'],
    ['no answer', [], 'unknown'],
  ])('exc-06-aih-steroids: %s → %s', (_label, observations, expected) => {
    expect(outcome('NCT05121870', 'exc-06-aih-steroids', observations)).toBe(expected);
  });
});

describe('NCT05121870 exc-03-hbv-dna: HBV DNA at or above the assay detection limit', () => {
  it.each<Case>([
    ['hepatitis B, DNA 2.0 ≥ LLOD 1.3', [obs('liverDiseaseEtiology', 'HBV'), obs('hbvDna', 2), obs('hbvDnaLlod', 1.3)], 'met'],
    ['hepatitis B, DNA equal to the LLOD', [obs('liverDiseaseEtiology', 'HBV'), obs('hbvDna', 1.3), obs('hbvDnaLlod', 1.3)], 'met'],
    ['hepatitis B, DNA "<1.3" with LLOD 1.3', [obs('liverDiseaseEtiology', 'HBV'), obs('hbvDna', 1.3, { qualifier: '<' }), obs('hbvDnaLlod', 1.3)], 'not-met'],
    ['hepatitis B, DNA not recorded', [obs('liverDiseaseEtiology', 'HBV')], 'unknown'],
    ['hepatitis B, DNA without its LLOD', [obs('liverDiseaseEtiology', 'HBV'), obs('hbvDna', 2)], 'unknown'],
    ['alcohol, DNA not tested', [obs('liverDiseaseEtiology', 'ALCOHOL')], 'not-met'],
    ['alcohol, yet DNA detected', [obs('liverDiseaseEtiology', 'ALCOHOL'), obs('hbvDna', 2), obs('hbvDnaLlod', 1.3)], 'met'],
    ['no etiology and no DNA', [], 'unknown'],
  ])('%s → %s', (_label, observations, expected) => {
    expect(outcome('NCT05121870', 'exc-03-hbv-dna', observations)).toBe(expected);
  });
});

describe('NCT05985863 exc-pre-onset: platelets < 50 ×10^9/L or Child-Pugh > 9 before the onset', () => {
  it.each<Case>([
    ['platelets 49', [obs('preOnsetPlatelets', 49), obs('preOnsetChildPugh', 7)], 'met'],
    ['platelets 50 and Child-Pugh 9', [obs('preOnsetPlatelets', 50), obs('preOnsetChildPugh', 9)], 'not-met'],
    ['Child-Pugh 10', [obs('preOnsetPlatelets', 120), obs('preOnsetChildPugh', 10)], 'met'],
    ['platelets 49 000 cells/µL', [obs('preOnsetPlatelets', 49_000, { unit: 'cells/µL' }), obs('preOnsetChildPugh', 7)], 'met'],
    ['platelets "<50"', [obs('preOnsetPlatelets', 50, { qualifier: '<' })], 'met'],
    ['platelets 30, Child-Pugh unknown', [obs('preOnsetPlatelets', 30)], 'met'],
    ['platelets 120, Child-Pugh unknown', [obs('preOnsetPlatelets', 120)], 'unknown'],
    ['no records from before the onset', [], 'unknown'],
  ])('%s → %s', (_label, observations, expected) => {
    expect(outcome('NCT05985863', 'exc-pre-onset', observations)).toBe(expected);
  });
});

describe('NCT03668171', () => {
  it.each<Case>([
    ['onset 28 days before', [obs('decompensationOnsetDate', '2024-02-11')], 'met'],
    ['onset 29 days before', [obs('decompensationOnsetDate', '2024-02-10')], 'not-met'],
    ['onset on the eligibility date', [obs('decompensationOnsetDate', REFERENCE)], 'met'],
    ['onset after the eligibility date', [obs('decompensationOnsetDate', '2024-03-11')], 'not-met'],
    ['onset not recorded', [], 'unknown'],
  ])('inc-acute-decompensation: %s → %s', (_label, observations, expected) => {
    expect(outcome('NCT03668171', 'inc-acute-decompensation', observations)).toBe(expected);
  });

  it.each<Case>([
    ['GOLD 3', [obs('copdGoldGrade', '3')], 'met'],
    ['GOLD 4', [obs('copdGoldGrade', '4')], 'met'],
    ['GOLD 2', [obs('copdGoldGrade', '2')], 'not-met'],
    ['GOLD 0', [obs('copdGoldGrade', '0')], 'not-met'],
    ['no COPD', [obs('copdGoldGrade', 'NONE')], 'not-met'],
    ['not recorded', [], 'unknown'],
  ])('exc-copd: %s → %s', (_label, observations, expected) => {
    expect(outcome('NCT03668171', 'exc-copd', observations)).toBe(expected);
  });
});

/** Female-only criteria: a man needs no answer; a woman does. */
describe.each<[SeedId, string, string, Observation['value'], Observation['value']]>([
  ['NCT05985863', 'exc-breastfeeding-plan', 'breastfeeding', true, false],
  ['NCT03668171', 'exc-breastfeeding', 'breastfeeding', true, false],
  ['NCT05121870', 'exc-17b-lactation-fertility', 'breastfeeding', true, false],
  ['ESLD-UCMSC-DOSE', 'exc-09b-breastfeeding', 'breastfeeding', true, false],
  ['NCT05985863', 'exc-pregnancy-test', 'pregnancyTest', 'POSITIVE', 'NEGATIVE'],
  ['NCT03668171', 'exc-pregnancy-test', 'pregnancyTest', 'POSITIVE', 'NEGATIVE'],
  ['NCT05121870', 'exc-17a-pregnancy-test', 'pregnancyTest', 'POSITIVE', 'NEGATIVE'],
  ['ESLD-UCMSC-DOSE', 'exc-09a-pregnancy-test', 'pregnancyTest', 'POSITIVE', 'NEGATIVE'],
])('%s %s reads %s for women only', (trial, criterion, item, excluding, passing) => {
  it.each<Case>([
    ['woman, excluding value', [obs('sex', 'F'), obs(item, excluding)], 'met'],
    ['woman, passing value', [obs('sex', 'F'), obs(item, passing)], 'not-met'],
    ['woman, no value', [obs('sex', 'F')], 'unknown'],
    ['man, no value', [obs('sex', 'M')], 'not-met'],
    ['sex not recorded, no value', [], 'unknown'],
  ])('%s → %s', (_label, observations, expected) => {
    expect(outcome(trial, criterion, observations)).toBe(expected);
  });
});

describe('whole-trial results with the history items', () => {
  it('NCT05121870: a man who never had TIPS, surgery, a transplant or another trial, with alcohol-related cirrhosis, passes every machine rule', () => {
    const p = seed('NCT05121870');
    const observations: Observation[] = [
      obs('consentDate', '2024-03-01'),
      obs('age', 55),
      obs('sex', 'M'),
      obs('liverDiseaseEtiology', 'ALCOHOL'),
      obs('bilirubin', 40),
      obs('albumin', 30),
      obs('inr', 1.5),
      obs('ascitesGrade', '2'),
      obs('heGrade', '0'),
      obs('creatinine', 80),
      obs('creatinineUln', 100),
      obs('sodium', 135),
      obs('wbc', 4),
      obs('hivAntibody', 'NEGATIVE'),
      obs('antiviralTherapy', false),
      obs('aihSteroidTherapy', false),
      obs('priorTips', false),
      obs('surgicalShuntHistory', false),
      obs('priorLiverTransplant', false),
      obs('priorTrialParticipation', false),
    ];
    const judgements = Object.fromEntries(p.eligibility.filter((c) => c.rule === undefined).map((c) => [c.id, c.kind === 'inclusion' ? 'met' : 'not-met'] as const));
    const result = evaluateEligibility(p, { referenceDate: REFERENCE, observations, judgements }, SHIPPED_CATALOGUE);
    expect(result.criteria.filter((c) => c.verdict !== 'pass').map((c) => `${c.criterion}: ${c.reason.text.en}`)).toEqual([]);
    expect(result.overall).toBe('eligible');
  });

  it('ESLD: a woman in another trial 20 days ago is excluded, with a reason naming the date and the window in both languages', () => {
    const p = seed('ESLD-UCMSC-DOSE');
    const observations = [obs('priorTrialParticipation', true), obs('lastTrialParticipationDate', '2024-02-19')];
    const result = evaluateEligibility(p, { referenceDate: REFERENCE, observations, judgements: {} }, SHIPPED_CATALOGUE);
    const trials = result.criteria.find((c) => c.criterion === 'exc-08-other-trials');
    expect(result.overall).toBe('not-eligible');
    expect(trials).toMatchObject({ outcome: 'met', verdict: 'fail' });
    const [gate, window] = trials?.reason.children ?? [];
    expect(gate?.text.en).toBe('Has previously taken part in another clinical trial = true, rule = true: met');
    expect(window?.children[0]?.text).toEqual({
      en: 'Date of last participation in another clinical trial 2024-02-19, rule on or before 2024-02-08: not met',
      zh: '末次参加其他临床试验的日期 2024-02-19，规则 不晚于 2024-02-08：不符合',
    });
    expect(window?.outcome).toBe('met');
  });
});
