import { describe, expect, it } from 'vitest';
import { JAUNDICE_THRESHOLD_UMOL_L, checkCompletion, emptyDraft, validateEntry, type EntryContext, type FormModel } from '../../../shared/forms';
import { aForm, aProtocol, draft, formModel } from './builders';

const labs = formModel('labs');
const vitals = formModel('vitals');
const infusion = formModel('infusion');

const warnings = (model: FormModel, entries: Parameters<typeof draft>[0], context: EntryContext = {}): string[] =>
  validateEntry(model, draft(entries), context)
    .problems.filter((p) => p.severity === 'warning')
    .map((p) => `${p.key}:${p.code}`);

describe('unit slips (domain.md §2.1) as soft warnings', () => {
  it('bilirubin of 1.2 “µmol/L” in a jaundiced patient is probably mg/dL', () => {
    const jaundiced = validateEntry(labs, draft({ bilirubin: '1.2' }), { jaundiced: true }).problems.filter((p) => p.code === 'unit-slip');
    expect(jaundiced).toEqual([expect.objectContaining({ key: 'bilirubin', severity: 'warning' })]);
    expect(jaundiced[0]?.message.en).toMatch(/mg\/dL/);
    expect(jaundiced[0]?.message.zh).toMatch(/mg\/dL/);
  });

  it('jaundice is known from the context, else from the previous visit’s bilirubin above 51.3 µmol/L', () => {
    const slips = (context: EntryContext) => warnings(labs, { bilirubin: '1.2' }, context).filter((c) => c.endsWith('unit-slip'));
    expect(JAUNDICE_THRESHOLD_UMOL_L).toBe(51.3);
    expect(slips({ previous: { bilirubin: 51.4 } })).toEqual(['bilirubin:unit-slip']);
    expect(slips({ previous: { bilirubin: 51.3 } })).toEqual([]);
    expect(slips({ previous: { bilirubin: 300 }, jaundiced: false })).toEqual([]);
    expect(slips({})).toEqual([]);
  });

  it('a value typed in mg/dL on purpose is not a slip', () => {
    expect(warnings(labs, { bilirubin: { value: '1.2', unit: 'mg/dL' } }, { jaundiced: true })).toEqual([]);
  });

  it('urea more than 3 × the previous visit’s urea', () => {
    expect(warnings(labs, { urea: '30.1' }, { previous: { urea: 10 } })).toEqual(['urea:unit-slip']);
    expect(warnings(labs, { urea: '30' }, { previous: { urea: 10 } })).toEqual([]);
  });

  it('albumin below 7 g/L, creatinine below 15 µmol/L, platelets above 1000', () => {
    expect(warnings(labs, { albumin: '3.2' })).toContain('albumin:unit-slip');
    expect(warnings(labs, { creatinine: '1.1' })).toContain('creatinine:unit-slip');
    expect(warnings(labs, { platelets: '1500' })).toContain('platelets:unit-slip');
  });
});

describe('weight change > 10 % since the previous visit', () => {
  it.each([
    ['77', []],
    ['63', []],
    ['77.1', ['weight:range.relative-change']],
    ['62.9', ['weight:range.relative-change']],
  ] as const)('70 kg → %s kg gives %j', (weight, expected) => {
    expect(warnings(vitals, { weight }, { previous: { weight: 70 } })).toEqual(expected);
  });
});

describe('temperature ≥ 38 °C within 24 h after an infusion prompts an AE', () => {
  const fever = (temperature: string, context: EntryContext) =>
    warnings(vitals, { temperature }, context).filter((c) => c.endsWith('fever-after-infusion'));
  const after = { lastInfusionEnd: '2025-03-01T10:00' };

  it.each([
    ['38', '2025-03-01T12:00', true],
    ['37.9', '2025-03-01T12:00', false],
    ['38', '2025-03-02T10:00', true],
    ['38', '2025-03-02T10:01', false],
    ['38', '2025-03-01T09:59', false],
  ] as const)('%s °C observed at %s → %s', (temperature, observedAt, fires) => {
    expect(fever(temperature, { ...after, observedAt })).toEqual(fires ? ['temperature:rule.fever-after-infusion'] : []);
  });

  it('100.4 °F is 38 °C', () => {
    const entries = { temperature: { value: '100.4', unit: '°F' } };
    expect(warnings(vitals, entries, { ...after, observedAt: '2025-03-01T11:00' })).toContain('temperature:rule.fever-after-infusion');
  });

  it('without an observation time, only a fever at the infusion visit itself prompts', () => {
    expect(fever('38.5', after)).toEqual([]);
    expect(fever('38.5', { visit: { infusionStop: '2025-03-01T10:00' } })).toEqual(['temperature:rule.fever-after-infusion']);
  });

  it('is a warning the site confirms on the temperature field', () => {
    const confirmed = validateEntry(vitals, draft({ temperature: { value: '38.6', softConfirmed: true } }), { ...after, observedAt: '2025-03-01T11:00' });
    expect(confirmed.problems.find((p) => p.code === 'rule.fever-after-infusion')).toMatchObject({ severity: 'warning', confirmed: true });
  });
});

describe('fixed values', () => {
  it('pre-filled value is fine; a different value is a warning, never a block', () => {
    const route = (value: string) => validateEntry(infusion, draft({ infusionRoute: value })).problems.filter((p) => p.key === 'infusionRoute');
    expect(route('INTRAVENOUS')).toEqual([]);
    const protocol = aProtocol();
    const fixed = {
      ...protocol,
      forms: protocol.forms.map((f) => (f.id === 'clinical' ? aForm('clinical', [{ item: 'dialysisTwiceInPastWeek', required: true, fixedValue: false }]) : f)),
    };
    const model = formModel('clinical', { protocol: fixed });
    expect(emptyDraft(model)['dialysisTwiceInPastWeek']?.value).toBe('false');
    const differs = checkCompletion(model, draft({ dialysisTwiceInPastWeek: 'true' }));
    expect(differs.canComplete).toBe(true);
    expect(differs.needsConfirmation).toEqual([expect.objectContaining({ code: 'fixed-value.differs', key: 'dialysisTwiceInPastWeek' })]);
    expect(differs.needsConfirmation[0]?.message).toEqual({
      en: 'The protocol fixes this value at “No”: please confirm the deviation.',
      zh: '方案规定此值为“否”：请确认此偏离。',
    });
  });
});
