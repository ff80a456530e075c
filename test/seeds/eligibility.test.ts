import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEM_IDS } from '../../shared/catalogue';
import { evaluateEligibility, type Observation } from '../../shared/eligibility';
import { SHIPPED_CATALOGUE } from '../../shared/protocol';
import { seed, SEED_IDS } from './load-seeds';

/** The seeds' machine rules run against the real catalogue and score functions. */
describe('seed eligibility rules on example subjects', () => {
  it('NCT05121870: TBIL ≥ 170 µmol/L excludes, naming the value and threshold', () => {
    const p = seed('NCT05121870');
    const observations: Observation[] = [
      { item: 'bilirubin', value: 180 },
      { item: 'creatinine', value: 80 },
      { item: 'creatinineUln', value: 100 },
      { item: 'sodium', value: 135 },
      { item: 'wbc', value: 4 },
    ];
    const result = evaluateEligibility(p, { referenceDate: '2024-03-10', observations, judgements: {} }, SHIPPED_CATALOGUE);
    const labs = result.criteria.find((c) => c.criterion === 'exc-09-labs');
    expect(result.overall).toBe('not-eligible');
    expect(labs).toMatchObject({ outcome: 'met', verdict: 'fail' });
    expect(labs?.reason.children.map((c) => c.text.en)).toEqual([
      'Total bilirubin 180 µmol/L, rule ≥ 170 µmol/L: met',
      'Serum creatinine 80 µmol/L, rule ≥ 1.2 × Creatinine, upper limit of normal (site) (100 µmol/L) = 120 µmol/L: not met',
      'Serum sodium 135 mmol/L, rule < 125 mmol/L: not met',
      'White blood cell count (WBC) 4 ×10^9/L, rule < 1 ×10^9/L: not met',
    ]);
  });

  it('NCT05121870: an undetectable HBV DNA ("<" the detection limit) does not exclude', () => {
    const p = seed('NCT05121870');
    const observations: Observation[] = [
      { item: 'hbvDna', value: 1.3, qualifier: '<' },
      { item: 'hbvDnaLlod', value: 1.3 },
    ];
    const result = evaluateEligibility(p, { referenceDate: '2024-03-10', observations, judgements: {} }, SHIPPED_CATALOGUE);
    expect(result.criteria.find((c) => c.criterion === 'exc-03-hbv-dna')).toMatchObject({ outcome: 'not-met', verdict: 'pass' });
  });

  it('NCT03668171: a subject meeting every rule and confirmed on every judgement is eligible', () => {
    const p = seed('NCT03668171');
    const observations: Observation[] = [
      { item: 'age', value: 52 },
      { item: 'bilirubin', value: 342 },
      { item: 'creatinine', value: 88.4 },
      { item: 'inr', value: 2.2 },
      { item: 'pta', value: 32 },
      { item: 'dialysisTwiceInPastWeek', value: false },
      { item: 'ascitesGrade', value: '2' },
      { item: 'heGrade', value: '0' },
      { item: 'consentDate', value: '2024-03-04' },
      { item: 'hivAntibody', value: 'NEGATIVE' },
      { item: 'pregnancyTest', value: 'NEGATIVE' },
      { item: 'sex', value: 'F' },
      { item: 'breastfeeding', value: false },
      { item: 'decompensationOnsetDate', value: '2024-02-20' },
      { item: 'onTransplantWaitingList', value: false },
      { item: 'copdGoldGrade', value: 'NONE' },
      { item: 'priorTrialParticipation', value: false },
    ];
    const judgements = Object.fromEntries(
      p.eligibility.filter((c) => c.rule === undefined).map((c) => [c.id, c.kind === 'inclusion' ? 'met' : 'not-met'] as const),
    );
    const result = evaluateEligibility(p, { referenceDate: '2024-03-10', observations, judgements }, SHIPPED_CATALOGUE);
    expect(result.criteria.filter((c) => c.verdict !== 'pass').map((c) => c.criterion)).toEqual([]);
    expect(result.overall).toBe('eligible');
    expect(result.criteria.find((c) => c.criterion === 'inc-meld')?.reason.text.en).toBe('MELD for NCT03668171 inclusion (10 × MELD(i)) = 27, rule 17 – 30: met');
  });

  it('NCT05985863: bilirubin below 5 mg/dL fails the APASL laboratory criterion', () => {
    const p = seed('NCT05985863');
    const observations: Observation[] = [
      { item: 'bilirubin', value: 80 },
      { item: 'inr', value: 1.8 },
    ];
    const result = evaluateEligibility(p, { referenceDate: '2024-03-10', observations, judgements: {} }, SHIPPED_CATALOGUE);
    const labs = result.criteria.find((c) => c.criterion === 'inc-aclf-labs');
    expect(labs?.verdict).toBe('fail');
    expect(labs?.reason.children[0]?.text.en).toBe('Total bilirubin 80 µmol/L, rule ≥ 85.5 µmol/L (5 mg/dL): not met');
    expect(result.overall).toBe('not-eligible');
  });
});

describe('seed eligibility never fails on odd input', () => {
  it('any observations give a result for every seed, never a throw', () => {
    const protocols = SEED_IDS.map((id) => seed(id));
    const observation = fc.record(
      {
        item: fc.constantFrom(...ITEM_IDS, 'unknownItem'),
        value: fc.oneof(fc.double(), fc.integer({ min: -5, max: 500 }), fc.string(), fc.boolean(), fc.constantFrom('2024-03-01', '2024-02-30', 'POSITIVE', '2', 'minimal')),
        unit: fc.option(fc.constantFrom('mg/dL', 'µmol/L', 'g/L', 'bogus'), { nil: undefined }),
        qualifier: fc.option(fc.constantFrom('<' as const, '>' as const), { nil: undefined }),
        date: fc.option(fc.constantFrom('2024-03-01', '2024-03-05', 'not a date'), { nil: undefined }),
      },
      { requiredKeys: ['item', 'value'] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...protocols), fc.array(observation, { maxLength: 30 }), fc.constantFrom('2024-03-10', 'bad'), (p, observations, referenceDate) => {
        const result = evaluateEligibility(p, { referenceDate, observations, judgements: {} }, SHIPPED_CATALOGUE);
        expect(['eligible', 'not-eligible', 'incomplete']).toContain(result.overall);
        for (const c of result.criteria) expect(c.reason.text.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
