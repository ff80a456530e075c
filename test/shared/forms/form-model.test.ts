import { describe, expect, it } from 'vitest';
import { ITEM_KINDS, MISSING_REASON_CODES } from '../../../shared/catalogue';
import { FIELD_KINDS, buildFormModel, buildVisitModel, type FieldModel, type FormModel } from '../../../shared/forms';
import { SHIPPED_CATALOGUE, parseProtocol } from '../../../shared/protocol';
import { aProtocol, formModel } from './builders';

const fieldOf = (model: FormModel, key: string): FieldModel => {
  const found = model.fields.find((f) => f.key === key);
  if (found === undefined) throw new Error(`${key} is not on ${model.id}`);
  return found;
};

describe('the test protocol', () => {
  it('is a valid protocol for the shipped catalogue', () => {
    const parsed = parseProtocol(aProtocol(), SHIPPED_CATALOGUE);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });
});

describe('buildFormModel', () => {
  it('field kinds are the catalogue item kinds', () => {
    expect([...FIELD_KINDS].sort()).toEqual([...ITEM_KINDS].sort());
  });

  it('carries the form identity, the protocol version and the fields in protocol order', () => {
    const model = formModel('labs');
    expect(model).toMatchObject({ id: 'labs', oid: 'F.labs', repeating: false, protocol: { id: 'FORMS-1', version: '1.2' }, visitId: 'w0' });
    expect(model.title.zh).toMatch(/\p{Script=Han}/u);
    expect(model.fields.map((f) => f.key)).toEqual(['bilirubin', 'albumin', 'inr', 'creatinine', 'sodium', 'urea', 'wbc', 'platelets', 'alt']);
    expect(formModel('adverse-events').repeating).toBe(true);
  });

  it('describes a quantity: stored SI unit first and default, conversions, decimals, ranges, qualifier', () => {
    const bilirubin = fieldOf(formModel('labs'), 'bilirubin');
    if (bilirubin.kind !== 'quantity') throw new Error('bilirubin is a quantity');
    expect(bilirubin.unit).toBe('µmol/L');
    expect(bilirubin.units.map((u) => [u.unit, u.factor, u.isStored])).toEqual([
      ['µmol/L', 1, true],
      ['mg/dL', 17.1, false],
    ]);
    expect(bilirubin.decimals).toBe(1);
    expect(bilirubin.hardRange).toEqual({ min: 0, max: 1200, minExclusive: false });
    expect(bilirubin.softRange).toEqual({ low: 2, high: 700, source: 'catalogue' });
    expect(bilirubin.qualifierAllowed).toBe(true);
    expect(bilirubin.required).toBe(true);
    expect(bilirubin.label).toEqual({ en: 'Total bilirubin', zh: '总胆红素' });
    expect(bilirubin.codes.cdisc?.testCode).toBe('BILI');
    expect(bilirubin.oid).toBe('IT.bilirubin');
  });

  it('applies the protocol soft-range override in place of the catalogue range', () => {
    const albumin = fieldOf(formModel('labs'), 'albumin');
    expect(albumin.kind === 'quantity' && albumin.softRange).toEqual({ low: 20, high: 50, source: 'protocol' });
  });

  it('keeps an exclusive hard minimum (doses must be > 0) and the temperature offset unit', () => {
    const dose = fieldOf(formModel('infusion'), 'dosePerKg');
    expect(dose.kind === 'quantity' && dose.hardRange.minExclusive).toBe(true);
    const temperature = fieldOf(formModel('vitals'), 'temperature');
    expect(temperature.kind === 'quantity' && temperature.units.find((u) => u.unit === '°F')?.offset).toBeCloseTo(-160 / 9);
  });

  it('describes choices, integers, dates, date-times, text and booleans', () => {
    const ae = formModel('adverse-events');
    const grade = fieldOf(ae, 'aeGrade');
    expect(grade.kind === 'choice' && grade.choices.map((c) => c.code)).toEqual(['1', '2', '3', '4', '5']);
    const age = fieldOf(formModel('demographics', { visitId: 'screening', arm: undefined }), 'age');
    expect(age.kind === 'integer' && [age.unit, age.hardRange.min, age.hardRange.max]).toEqual(['years', 0, 120]);
    expect(fieldOf(ae, 'aeStart')).toMatchObject({ kind: 'date', partialAllowed: true });
    expect(fieldOf(formModel('infusion'), 'infusionStart').kind).toBe('datetime');
    expect(fieldOf(ae, 'aeTerm')).toMatchObject({ kind: 'text', maxLength: 200 });
    expect(fieldOf(ae, 'aeSerious').kind).toBe('boolean');
  });

  it('offers the five general missing reasons everywhere, and NA only where a field can not apply', () => {
    const codes = (model: FormModel, key: string) => fieldOf(model, key).missingReasons.map((m) => m.code);
    const general = MISSING_REASON_CODES.filter((c) => c !== 'NA');
    expect(codes(formModel('labs'), 'bilirubin')).toEqual(general);
    expect(codes(formModel('labs'), 'urea')).toEqual(general);
    expect(codes(formModel('adverse-events'), 'aeEnd')).toEqual([...MISSING_REASON_CODES]);
    expect(codes(formModel('eligibility', { visitId: 'screening', arm: undefined }), 'pregnancyTest')).toContain('NA');
    expect(fieldOf(formModel('adverse-events'), 'aeEnd').applicability).toEqual({ kind: 'unless', item: 'aeOngoing', equals: true });
    expect(fieldOf(formModel('labs'), 'bilirubin').missingReasons.find((m) => m.code === 'NAV')?.final).toBe(false);
  });

  it('carries fixed values and assumption notes', () => {
    expect(fieldOf(formModel('infusion'), 'infusionRoute').fixedValue).toBe('INTRAVENOUS');
    const stop = fieldOf(formModel('infusion'), 'infusionStop');
    expect(stop.assumptions).toEqual([expect.objectContaining({ source: 'catalogue' })]);
    expect(stop.assumptions[0]?.text.zh).toMatch(/\p{Script=Han}/u);
  });

  it('gives the arm’s dose at this visit, searching the arms it was re-randomised from', () => {
    expect(formModel('infusion').dose).toEqual({ kind: 'total-cells', cellsPerInfusion: 1.5e8 });
    expect(formModel('infusion', { arm: 'long', stage: 2, visitId: 'w4' }).dose).toEqual({ kind: 'cells-per-kg', cellsPerKg: 2e6 });
    expect(formModel('infusion', { arm: 'long', stage: 2, visitId: 'w0' }).dose).toEqual({ kind: 'total-cells', cellsPerInfusion: 1.5e8 });
    expect(formModel('infusion', { arm: 'short', stage: 2, visitId: 'w4' }).dose).toBeUndefined();
    expect(formModel('infusion', { arm: undefined }).dose).toBeUndefined();
  });

  it.each([
    [{ visitId: 'w99' }, 'visit.unknown'],
    [{ formId: 'nope' }, 'form.unknown'],
    [{ formId: 'eq5d', visitId: 'w4' }, 'form.not-on-visit'],
    [{ arm: 'ghost' }, 'arm.unknown'],
    [{ arm: 'short', stage: 1 }, 'allocation.invalid'],
    [{ arm: 'control', visitId: 'w12' }, 'visit.not-for-subject'],
    [{ arm: 'msc', stage: 1, visitId: 'w5' }, 'visit.not-for-subject'],
    [{ arm: undefined, visitId: 'w12' }, 'visit.needs-allocation'],
  ] as const)('refuses %o with %s, in both languages', (request, code) => {
    const built = buildFormModel({ protocol: aProtocol(), visitId: 'w0', formId: 'visit', arm: 'msc', blinded: false, ...request });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.issues.map((i) => i.code)).toEqual([code]);
    expect(built.issues[0]?.text.zh).toMatch(/\p{Script=Han}/u);
  });

  it('resolves a stage-2 visit for a re-randomised arm and for an arm that carries on', () => {
    expect(buildFormModel({ protocol: aProtocol(), visitId: 'w5', formId: 'visit', arm: 'long', blinded: true }).ok).toBe(true);
    expect(buildFormModel({ protocol: aProtocol(), visitId: 'w5', formId: 'visit', arm: 'control', stage: 2, blinded: true }).ok).toBe(true);
  });

  it('never throws on a protocol whose form names an unknown item: it is an issue', () => {
    const protocol = aProtocol();
    const broken = { ...protocol, forms: protocol.forms.map((f) => (f.id === 'visit' ? { ...f, items: [{ item: 'bun', required: true }] } : f)) };
    const built = buildFormModel({ protocol: broken, visitId: 'w0', formId: 'visit', blinded: false });
    expect(built.ok ? [] : built.issues.map((i) => [i.code, i.path])).toEqual([['item.unknown', ['forms', 0, 'items', 0, 'item']]]);
  });
});

describe('derivations shown', () => {
  it('shows the standard scores and the protocol’s own where the form holds a measured input', () => {
    expect(formModel('labs').derivations.map((d) => d.id)).toEqual(['meld', 'meldNa', 'meld3', 'childPugh', 'meldNct05121870']);
    expect(formModel('clinical').derivations.map((d) => d.id)).toEqual(['childPugh']);
    expect(formModel('vitals').derivations).toEqual([]);
  });

  it('labels them in both languages, names the formula and marks the Child-Pugh mapping as an assumption', () => {
    const childPugh = formModel('clinical').derivations[0];
    expect(childPugh?.formula).toBe('Child-Turcotte-Pugh');
    expect(childPugh?.label.zh).toMatch(/\p{Script=Han}/u);
    expect(childPugh?.assumptions.map((a) => a.flag)).toEqual(['§3.6']);
    expect(childPugh?.inputs).toEqual(expect.arrayContaining(['ascitesGrade', 'heGrade', 'ascitesRefractory']));
  });
});

describe('buildVisitModel', () => {
  it('holds every form of the visit in protocol order and the union of derivations', () => {
    const built = buildVisitModel({ protocol: aProtocol(), visitId: 'w0', arm: 'msc', blinded: false });
    if (!built.ok) throw new Error('w0 builds');
    expect(built.value.forms.map((f) => f.id)).toEqual(['visit', 'vitals', 'labs', 'clinical', 'infusion', 'pharmacy', 'adverse-events', 'conmeds', 'eq5d']);
    expect(built.value.derivations.map((d) => d.id)).toEqual(['meld', 'meldNa', 'meld3', 'childPugh', 'meldNct05121870']);
    expect(built.value).toMatchObject({ id: 'w0', protocol: { id: 'FORMS-1', version: '1.2' }, blinded: false });
  });

  it('fails like buildFormModel for a visit that does not apply', () => {
    const built = buildVisitModel({ protocol: aProtocol(), visitId: 'w12', arm: 'control', blinded: false });
    expect(built.ok ? [] : built.issues.map((i) => i.code)).toEqual(['visit.not-for-subject']);
  });
});
