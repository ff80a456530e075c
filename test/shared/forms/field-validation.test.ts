import { describe, expect, it } from 'vitest';
import { validateEntry, validateField, type FormModel } from '../../../shared/forms';
import { codesOf, draft, field, formModel } from './builders';

const labs = formModel('labs');
const ae = formModel('adverse-events');
const infusion = formModel('infusion');
const demographics = formModel('demographics', { visitId: 'screening', arm: undefined });
const MODELS = { labs, ae, infusion, demographics } as const;

/** Problem codes of one field when it alone is filled in (other fields' "required" left out). */
function codesFor(model: FormModel, key: string, value: string | Parameters<typeof field>[1] & { value: string }): string[] {
  const entries = { [key]: value } as Parameters<typeof draft>[0];
  return codesOf(model, entries)
    .filter((c) => c.startsWith(`${key}:`) && !c.endsWith(':required'))
    .map((c) => c.slice(key.length + 1));
}

describe('hard, soft and required per field kind', () => {
  it.each([
    // quantity: bilirubin hard 0–1200, soft < 2 or > 700 (strict)
    ['labs', 'bilirubin', '0', ['range.soft-low']],
    ['labs', 'bilirubin', '2', []],
    ['labs', 'bilirubin', '700', []],
    ['labs', 'bilirubin', '700.1', ['range.soft-high']],
    ['labs', 'bilirubin', '1200', ['range.soft-high']],
    ['labs', 'bilirubin', '1200.1', ['range.hard-high']],
    ['labs', 'bilirubin', '-0.1', ['range.hard-low']],
    // the protocol override replaces the catalogue soft range (albumin 20–50 here, 18–55 in the catalogue)
    ['labs', 'albumin', '19', ['range.soft-low']],
    ['labs', 'albumin', '52', ['range.soft-high']],
    // a value out of range that a unit slip explains gets both (4 g/L → was it 4 g/dL = 40 g/L?)
    ['labs', 'albumin', '4', ['range.hard-low', 'unit-slip']],
    // exclusive minimum: a dose of 0 is impossible
    ['infusion', 'dosePerKg', '0', ['range.hard-low']],
    ['infusion', 'dosePerKg', '2000000', []],
    // integer: age hard 0–120, soft 18–80
    ['demographics', 'age', '17', ['range.soft-low']],
    ['demographics', 'age', '18', []],
    ['demographics', 'age', '121', ['range.hard-high']],
    ['demographics', 'age', '40.5', ['format.integer']],
    ['demographics', 'age', '4e1', []],
    // choice, date, date-time, text, boolean
    ['ae', 'aeGrade', '6', ['format.choice']],
    ['ae', 'aeGrade', 'Grade 2', ['format.choice']],
    ['ae', 'aeStart', '2025-02-30', ['format.date']],
    ['ae', 'aeStart', '2025-02', []],
    ['ae', 'aeStart', '2025', []],
    ['ae', 'aeStart', '1899-12-31', ['format.date']],
    ['infusion', 'infusionStart', '2025-03-01T24:00', ['format.datetime']],
    ['infusion', 'infusionStart', '2025-03-01 09:30', []],
    ['infusion', 'infusionStart', '2025-03-01', ['format.datetime']],
    ['ae', 'aeTerm', 'x'.repeat(201), ['format.text-too-long']],
    ['ae', 'aeTerm', 'Fever', []],
    ['ae', 'aeSerious', 'yes', ['format.boolean']],
    ['ae', 'aeSerious', 'false', []],
  ] as const)('%s.%s = %j → %j', (model, key, value, expected) => {
    expect(codesFor(MODELS[model], key, value)).toEqual(expected);
  });

  it('partial dates are refused where the item needs the full date', () => {
    const visit = formModel('visit');
    expect(codesFor(visit, 'visitDate', '2025-02')).toEqual(['format.partial-date']);
  });

  it('a required field with neither value nor missing reason is "required"; optional ones are not', () => {
    const problems = validateEntry(labs, {}).problems;
    expect(problems.filter((p) => p.severity === 'required').map((p) => p.key)).toEqual(['bilirubin', 'albumin', 'inr', 'creatinine', 'sodium']);
    expect(problems.every((p) => p.severity === 'required' && p.code === 'required')).toBe(true);
    expect(problems[0]?.message.zh).toMatch(/必填/);
  });

  it('an empty input is required, never 0 and never "must be positive"', () => {
    const result = validateEntry(infusion, draft({ dosePerKg: '', dosingWeight: '   ' }));
    expect(result.values).toEqual({});
    const codes = result.problems.filter((p) => p.key === 'dosePerKg' || p.key === 'dosingWeight').map((p) => `${p.key}:${p.code}`);
    expect(codes).toEqual(['dosingWeight:required']);
  });

  it('a missing reason satisfies "required" and is not a value', () => {
    const result = validateEntry(labs, draft({ bilirubin: { missing: 'NOT DONE' } }));
    expect(result.values).not.toHaveProperty('bilirubin');
    expect(result.entries['bilirubin']).toEqual({ status: 'missing', reason: 'NOT DONE' });
    expect(result.problems.filter((p) => p.key === 'bilirubin')).toEqual([]);
  });

  it('a value and a missing reason together are an error, and nothing is stored', () => {
    const result = validateEntry(labs, draft({ bilirubin: { value: '12', missing: 'UNK' } }));
    expect(result.problems.filter((p) => p.key === 'bilirubin').map((p) => p.code)).toEqual(['missing.with-value']);
    expect(result.entries).not.toHaveProperty('bilirubin');
  });

  it('NA is refused where the field always applies', () => {
    expect(codesFor(labs, 'bilirubin', { value: '', missing: 'NA' })).toEqual(['format.missing-reason']);
    expect(codesFor(ae, 'aeEnd', { value: '', missing: 'NA' })).toEqual([]);
  });

  it('a missing-reason code typed as a text value is refused', () => {
    for (const typed of ['NOT DONE', 'unk', 'N/A', '不详', 'Not done', 'not_done']) {
      expect(codesFor(ae, 'aeTerm', typed), typed).toEqual(['format.missing-code-as-value']);
    }
    for (const typed of ['UNK', 'NA', 'NOT DONE', 'NAV']) {
      expect(codesFor(labs, 'bilirubin', typed), typed).toEqual(['format.number']);
    }
  });

  it('numbers: full-width digits, inline qualifier, no decimal comma, no overflow', () => {
    expect(validateEntry(labs, draft({ bilirubin: '１２．５' })).values['bilirubin']).toBe(12.5);
    expect(codesFor(labs, 'bilirubin', '12,5')).toEqual(['format.number']);
    expect(validateEntry(labs, draft({ bilirubin: '12,5' })).problems[0]?.message.en).toMatch(/point/);
    expect(codesFor(labs, 'bilirubin', '1e400')).toEqual(['format.number']);
    expect(codesFor(labs, 'bilirubin', '12 mg')).toEqual(['format.number']);
    const qualified = validateEntry(labs, draft({ alt: '<5' })).entries['alt'];
    expect(qualified).toMatchObject({ status: 'value', value: 5, qualifier: '<', entered: '<5' });
  });

  it('qualifiers only where allowed, and never in conflict', () => {
    expect(codesFor(labs, 'alt', '>1000')).toEqual([]);
    expect(codesFor(labs, 'alt', { value: '<5', qualifier: '>' })).toEqual(['format.qualifier']);
    expect(codesFor(infusion, 'dosingWeight', '<60')).toEqual(['format.qualifier']);
    expect(codesFor(demographics, 'age', '>90')).toEqual(['format.qualifier']);
  });

  it('an unknown unit is a format error', () => {
    expect(codesFor(labs, 'bilirubin', { value: '1.2', unit: 'mmol/L' })).toEqual(['format.unit']);
    expect(codesFor(ae, 'aeTerm', { value: 'Fever', unit: 'x' })).toEqual([]);
  });

  it('a malformed field draft is a problem, not a crash', () => {
    const result = validateEntry(labs, { bilirubin: { value: 12 }, inr: 'x', albumin: [1], sodium: { value: '140', missing: 'NOPE' } });
    const codes = result.problems.filter((p) => p.severity === 'error').map((p) => `${p.key}:${p.code}`);
    expect(codes).toEqual(['bilirubin:draft.malformed', 'albumin:draft.malformed', 'inr:draft.malformed', 'sodium:format.missing-reason']);
  });
});

describe('unit choice converts to the stored unit, and keeps what was typed', () => {
  it.each([
    ['bilirubin', '1.2', 'mg/dL', 20.52],
    ['bilirubin', '3', 'mg/dL', 51.3],
    ['creatinine', '1', 'mg/dL', 88.4],
    ['albumin', '3.5', 'g/dL', 35],
    ['sodium', '135', 'mEq/L', 135],
  ] as const)('%s %s %s → %d in the stored unit', (key, value, unit, stored) => {
    const result = validateEntry(labs, draft({ [key]: { value, unit } }));
    expect(result.values[key]).toBe(stored);
    expect(result.entries[key]).toMatchObject({ status: 'value', value: stored, entered: value, enteredUnit: unit });
  });

  it('a value in the stored unit records no entered unit; "" means the stored unit', () => {
    expect(validateEntry(labs, draft({ bilirubin: { value: '20.5', unit: 'µmol/L' } })).entries['bilirubin']).toEqual({
      status: 'value',
      value: 20.5,
      entered: '20.5',
      unit: 'µmol/L',
    });
    expect(validateEntry(labs, draft({ bilirubin: '20.5' })).entries['bilirubin']).not.toHaveProperty('enteredUnit');
  });

  it('ranges are checked in the stored unit: 80 mg/dL of bilirubin is 1368 µmol/L, impossible', () => {
    expect(codesFor(labs, 'bilirubin', { value: '80', unit: 'mg/dL' })).toEqual(['range.hard-high']);
  });

  it('temperature in °F converts with its offset', () => {
    const vitals = formModel('vitals');
    expect(validateEntry(vitals, draft({ temperature: { value: '100.4', unit: '°F' } })).values['temperature']).toBe(38);
  });
});

describe('validateField: "save this field"', () => {
  it('saves a readable value even when it is out of range, and says so', () => {
    const result = validateField(labs, 'bilirubin', field('5000'));
    expect(result.canSave).toBe(true);
    expect(result.entry).toMatchObject({ status: 'value', value: 5000 });
    expect(result.problems.map((p) => [p.severity, p.code])).toEqual([['error', 'range.hard-high']]);
  });

  it('does not save what cannot be read', () => {
    const result = validateField(labs, 'bilirubin', field('12..5'));
    expect(result).toMatchObject({ canSave: false, entry: null });
    expect(result.problems.map((p) => p.code)).toEqual(['format.number']);
  });

  it('an empty field is saveable as "cleared" (entry null), with no required problem', () => {
    expect(validateField(labs, 'bilirubin', field(''))).toEqual({ key: 'bilirubin', entry: null, canSave: true, problems: [] });
  });

  it('records the site’s soft confirmation', () => {
    const result = validateField(labs, 'bilirubin', field('800', { softConfirmed: true }));
    expect(result.entry).toMatchObject({ softRangeConfirmed: true });
    expect(result.problems).toEqual([expect.objectContaining({ code: 'range.soft-high', severity: 'warning', confirmed: true })]);
  });

  it('a key that is not on the form cannot be saved', () => {
    expect(validateField(labs, 'productActual', field('MSC')).canSave).toBe(false);
  });
});
