import { describe, expect, it } from 'vitest';
import { computeDerivations, validateEntry, type DerivationResult, type EntryContext, type StoredValues } from '../../../shared/forms';
import { aProtocol, draft, formModel } from './builders';

const labs = formModel('labs');
const female: EntryContext = { subject: { sex: 'F', dialysisTwiceInPastWeek: false, etiologyCategory: '1' } };

/** domain.md §3.5: TBIL 342 µmol/L, Cr 88.4 µmol/L, INR 2.2, Na 130, albumin 28 g/L, female, no dialysis. */
const VECTOR: StoredValues = { bilirubin: 342, creatinine: 88.4, inr: 2.2, sodium: 130, albumin: 28, ascitesGrade: '2', heGrade: '0' };

const byId = (results: readonly DerivationResult[]) => Object.fromEntries(results.map((r) => [r.id, r]));
const scoreOf = (result: DerivationResult | undefined) => (result?.status === 'computed' ? result.score : result?.status);

describe('computeDerivations from SI inputs', () => {
  it('reproduces the domain reference vector (§3.5)', () => {
    const results = byId(computeDerivations(labs, VECTOR, female));
    expect(scoreOf(results['meld'])).toBe(27);
    expect(scoreOf(results['meldNa'])).toBe(30);
    expect(scoreOf(results['meld3'])).toBe(30);
    expect(scoreOf(results['meldNct05121870'])).toBe(27);
    expect(results['childPugh']).toMatchObject({ status: 'computed', score: 10, detail: { en: 'Class C', zh: 'C 级' } });
    expect(results['meld']?.formula).toBe('MELD (OPTN/UNOS)');
  });

  it('takes values typed in conventional units through validateEntry: same scores', () => {
    const { values } = validateEntry(
      labs,
      draft({
        bilirubin: { value: '20', unit: 'mg/dL' },
        creatinine: { value: '1', unit: 'mg/dL' },
        inr: '2.2',
        sodium: '130',
        albumin: { value: '2.8', unit: 'g/dL' },
      }),
    );
    const results = byId(computeDerivations(labs, values, female));
    expect([scoreOf(results['meld']), scoreOf(results['meldNa']), scoreOf(results['meld3'])]).toEqual([27, 30, 30]);
  });

  it('shows what each formula used after conversion and clamping, not what was typed', () => {
    // Creatinine 60 µmol/L is 0.68 mg/dL, raised to 1 by the OPTN floor; bilirubin 342 µmol/L is 20 mg/dL.
    const results = byId(computeDerivations(labs, { ...VECTOR, creatinine: 60 }, female));
    const used = (id: string) => {
      const r = results[id];
      return r?.status === 'computed' ? Object.fromEntries(r.inputs.map((i) => [i.key, i.value.en])) : undefined;
    };
    expect(used('meld')).toEqual({ bilirubin: '20 mg/dL', creatinine: '1 mg/dL', inr: '2.2', dialysisTwiceInPastWeek: 'no' });
    expect(used('meld3')).toMatchObject({ albumin: '2.8 g/dL', sodium: '130 mmol/L', sex: 'female' });
    const meld = results['meld'];
    expect(meld?.status === 'computed' && meld.inputs.find((i) => i.key === 'bilirubin')?.label).toEqual({ en: 'Total bilirubin', zh: '总胆红素' });
    // Sodium 120 is clamped to 125 by MELD-Na's rule.
    const clamped = byId(computeDerivations(labs, { ...VECTOR, sodium: 120 }, female))['meldNa'];
    expect(clamped?.status === 'computed' && clamped.inputs.find((i) => i.key === 'sodium')?.value.en).toBe('125 mmol/L');
  });

  it('the NCT05121870 etiology term comes from the form, else from the subject', () => {
    const withForm = byId(computeDerivations(labs, { ...VECTOR, etiologyCategory: '0' }, female));
    expect(scoreOf(withForm['meldNct05121870'])).toBe(20);
  });

  it('reports missing inputs as "needs X, Y", never NaN', () => {
    const results = byId(computeDerivations(labs, { bilirubin: 342, inr: 2.2 }, {}));
    expect(results['meld']).toMatchObject({ status: 'needs', needs: [{ key: 'creatinine' }, { key: 'dialysisTwiceInPastWeek' }] });
    expect(results['meld']?.status === 'needs' && results['meld'].message.en).toBe(
      'Needs Serum creatinine, Dialysis ≥ 2 times (or CVVHD ≥ 24 h) in the past 7 days.',
    );
    expect(results['meld']?.status === 'needs' && results['meld'].message.zh).toMatch(/^缺少：肌酐、/);
    expect(results['meld3']?.status === 'needs' && results['meld3'].needs.map((n) => n.key)).toEqual([
      'creatinine',
      'dialysisTwiceInPastWeek',
      'sodium',
      'albumin',
      'sex',
    ]);
    expect(results['childPugh']?.status === 'needs' && results['childPugh'].needs.map((n) => n.key)).toEqual(['albumin', 'ascitesGrade', 'heGrade']);
  });

  it('the form’s own dialysis answer wins over the subject context', () => {
    const results = byId(computeDerivations(labs, { ...VECTOR, dialysisTwiceInPastWeek: true }, female));
    // Creatinine set to 4.0 mg/dL by dialysis raises MELD from 27.
    expect(scoreOf(results['meld'])).toBe(40);
  });

  it('a value the formula cannot take is "not computable", and wrong types count as missing', () => {
    const zero = byId(computeDerivations(labs, { ...VECTOR, inr: 0 }, female));
    expect(zero['meld']).toMatchObject({ status: 'not-computable' });
    expect(zero['meld']?.status === 'not-computable' && zero['meld'].message.zh).toMatch(/无法计算/);
    const wrong = byId(computeDerivations(labs, { ...VECTOR, bilirubin: 'high', creatinine: Number.NaN }, female));
    expect(wrong['meld']?.status === 'needs' && wrong['meld'].needs.map((n) => n.key)).toEqual(['bilirubin', 'creatinine']);
  });
});

describe('Child-Pugh input mappings [ASSUMPTION, domain.md §3.6]', () => {
  // All other parameters score 1 point: 4 + the mapped parameter.
  const normal: StoredValues = { bilirubin: 20, albumin: 40, inr: 1, ascitesGrade: '0', heGrade: '0' };
  const childPugh = (values: StoredValues) => scoreOf(byId(computeDerivations(formModel('clinical'), { ...normal, ...values }))['childPugh']);

  it.each([
    [{ ascitesGrade: '0' }, 5],
    [{ ascitesGrade: '1' }, 6],
    [{ ascitesGrade: '2' }, 6],
    [{ ascitesGrade: '3' }, 7],
    [{ ascitesGrade: '1', ascitesRefractory: true }, 7],
    [{ ascitesGrade: '2', ascitesRefractory: false }, 6],
  ] as const)('ascites %o → %d', (values, score) => {
    expect(childPugh(values)).toBe(score);
  });

  it.each([
    ['0', 5],
    ['minimal', 5],
    ['1', 6],
    ['2', 6],
    ['3', 7],
    ['4', 7],
  ] as const)('HE grade %s → %d', (heGrade, score) => {
    expect(childPugh({ heGrade })).toBe(score);
  });
});

describe('protocol-specific and CLIF scores', () => {
  const clifProtocol = aProtocol({ scores: ['meldInclusionNct03668171', 'clifCOf', 'aclfGrade', 'clifCAclf'] });
  const model = formModel('labs', { protocol: clifProtocol });
  // Liver 3 (12 mg/dL), kidney 1, brain 1, coagulation 3 (INR 2.5), circulation 1 (MAP 80 from 120/60), respiration 1.
  const organs: StoredValues = {
    bilirubin: 205.2,
    creatinine: 88.4,
    inr: 2.5,
    heGrade: 'minimal',
    systolicBp: 120,
    diastolicBp: 60,
    vasopressors: false,
    renalReplacement: false,
    pao2: 80,
    fio2: 21,
    wbc: 8,
    age: 50,
  };

  it('shows the protocol’s scores on the labs form', () => {
    expect(model.derivations.map((d) => d.id)).toEqual(['meld', 'meldNa', 'meld3', 'childPugh', 'meldInclusionNct03668171', 'clifCOf', 'aclfGrade', 'clifCAclf']);
  });

  it('computes CLIF-C OF 10, ACLF grade 2 and CLIF-C ACLF 46 (domain.md §3.7 example)', () => {
    const results = byId(computeDerivations(model, organs, female));
    expect(scoreOf(results['clifCOf'])).toBe(10);
    expect(results['aclfGrade']).toMatchObject({ status: 'computed', score: 2, detail: { en: 'ACLF grade 2', zh: 'ACLF 2 级' } });
    expect(scoreOf(results['clifCAclf'])).toBe(46);
  });

  it('respiration falls back to SpO2/FiO2 and needs FiO2 and an oxygen measure', () => {
    const { pao2: _pao2, ...withoutPao2 } = organs;
    expect(scoreOf(byId(computeDerivations(model, { ...withoutPao2, spo2: 98 }, female))['clifCOf'])).toBe(10);
    const needs = byId(computeDerivations(model, { ...withoutPao2, fio2: undefined }, female))['clifCOf'];
    expect(needs?.status === 'needs' && needs.needs.map((n) => [n.key, n.label.en])).toEqual([
      ['fio2', 'Fraction of inspired oxygen (FiO2)'],
      ['pao2', 'Arterial oxygen partial pressure (PaO2) or Oxygen saturation (SpO2)'],
    ]);
  });

  it('the NCT03668171 inclusion MELD says whether 17–30 is met', () => {
    const results = byId(computeDerivations(model, VECTOR, female));
    expect(results['meldInclusionNct03668171']).toMatchObject({ status: 'computed', score: 27, detail: { en: 'Meets the inclusion range 17–30' } });
  });
});
