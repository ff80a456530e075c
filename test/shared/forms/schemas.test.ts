import { describe, expect, it } from 'vitest';
import { buildDraftSchema, buildValueSchema, emptyDraft, validateEntry } from '../../../shared/forms';
import { draft, field, formModel } from './builders';

const labs = formModel('labs');
const infusion = formModel('infusion');
const ae = formModel('adverse-events');

describe('emptyDraft', () => {
  it('gives complete default values: strings, the stored unit chosen, fixed values pre-filled', () => {
    const empty = emptyDraft(infusion);
    expect(Object.keys(empty)).toEqual(infusion.fields.map((f) => f.key));
    expect(empty['dosingWeight']).toEqual({ value: '', unit: 'kg', qualifier: '', missing: '', softConfirmed: false });
    expect(empty['infusionRoute']?.value).toBe('INTRAVENOUS');
    expect(empty['infusionGiven']?.unit).toBe('');
    expect(buildDraftSchema(infusion).safeParse(empty).success).toBe(true);
  });
});

describe('buildDraftSchema: shape and format ("can this be saved?")', () => {
  const schema = buildDraftSchema(labs);

  it('accepts an incomplete draft: required and ranges are not zod errors', () => {
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse(draft({ bilirubin: '5000' })).success).toBe(true);
  });

  it('reports format problems on the input they belong to, with the code and both languages', () => {
    const parsed = schema.safeParse(draft({ bilirubin: '12..5', albumin: { value: '30', unit: 'mol' }, inr: { value: '2', missing: 'UNK' } }));
    expect(parsed.success).toBe(false);
    const issues = parsed.error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues).toEqual([
      ['bilirubin.value', 'Enter a number, e.g. 12.5.'],
      ['albumin.unit', 'Unknown unit “mol”: choose one of g/L, g/dL.'],
      ['inr.value', 'Enter either a value or a missing reason, not both.'],
    ]);
    const first = parsed.error?.issues[0];
    expect(first?.code === 'custom' && first.params).toEqual({ code: 'format.number', en: 'Enter a number, e.g. 12.5.', zh: '请输入数字，如 12.5。' });
  });

  it('speaks Chinese when asked', () => {
    const parsed = buildDraftSchema(labs, { language: 'zh' }).safeParse(draft({ bilirubin: '12..5' }));
    expect(parsed.error?.issues[0]?.message).toBe('请输入数字，如 12.5。');
  });

  it('refuses a wrong shape and an unknown missing code with readable messages', () => {
    const parsed = schema.safeParse({ bilirubin: { ...field('1'), missing: 'N/A' }, inr: { ...field('1'), qualifier: '≤' } });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['bilirubin.missing', '“N/A” is not a missing reason allowed here.'],
      ['inr.qualifier', '“<” or “>” is not allowed for this field.'],
    ]);
  });

  it('a missing reason not offered by the field (NA on a lab) is refused', () => {
    const parsed = schema.safeParse(draft({ bilirubin: { missing: 'NA' } }));
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['bilirubin.missing']);
  });
});

describe('buildValueSchema: typed, stored units, hard ranges', () => {
  it('accepts what validateEntry stores when there is no hard error', () => {
    const { values, problems } = validateEntry(labs, draft({ bilirubin: { value: '1.2', unit: 'mg/dL' }, albumin: '30', alt: '<5' }));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(buildValueSchema(labs).safeParse(values)).toMatchObject({ success: true, data: { bilirubin: 20.52, albumin: 30, alt: 5 } });
  });

  it.each([
    [{ bilirubin: 1200.1 }, false],
    [{ bilirubin: 1200 }, true],
    [{ bilirubin: '12' }, false],
    [{ bilirubin: Number.NaN }, false],
    [{ bilirubin: Number.POSITIVE_INFINITY }, false],
    [{ productActual: 'MSC' }, false],
  ] as const)('labs %o → %s', (values, ok) => {
    expect(buildValueSchema(labs).safeParse(values).success).toBe(ok);
  });

  it.each([
    [{ aeStart: '2025-02' }, true],
    [{ aeStart: '2025-02-30' }, false],
    [{ aeGrade: '5' }, true],
    [{ aeGrade: 'UNK' }, false],
    [{ aeTerm: 'NOT DONE' }, false],
    [{ aeTerm: ' Fever' }, false],
    [{ aeSerious: 'true' }, false],
    [{ aeSerious: true }, true],
  ] as const)('AE %o → %s', (values, ok) => {
    expect(buildValueSchema(ae).safeParse(values).success).toBe(ok);
  });

  it('doses: the exclusive minimum and date-times', () => {
    const schema = buildValueSchema(infusion);
    expect(schema.safeParse({ dosePerKg: 0 }).success).toBe(false);
    expect(schema.safeParse({ dosePerKg: 1 }).success).toBe(true);
    expect(schema.safeParse({ infusionStart: '2025-03-01T10:00' }).success).toBe(true);
    expect(schema.safeParse({ infusionStart: '2025-03-01 10:00' }).success).toBe(false);
  });

  it('value schema issues are bilingual on request', () => {
    const parsed = buildValueSchema(labs, { language: 'zh' }).safeParse({ bilirubin: 5000 });
    expect(parsed.error?.issues[0]?.message).toMatch(/超出可能范围/);
  });
});
