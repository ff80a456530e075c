/**
 * Small protocol definitions and a fake catalogue for protocol, schedule and eligibility tests, so a
 * test states only what it is about. Not a test file itself.
 */
import type { CatalogueItemView, Protocol, ProtocolCatalogue } from '../../../shared/protocol';

const text = (en: string) => ({ en, zh: `${en}（中文）` });

export const FAKE_ITEMS: readonly CatalogueItemView[] = [
  { id: 'age', kind: 'integer', label: { en: 'Age', zh: '年龄' }, unit: 'years', unitLabel: { en: 'years', zh: '岁' }, hardRange: { min: 0, max: 120 } },
  { id: 'bilirubin', kind: 'quantity', label: { en: 'Total bilirubin', zh: '总胆红素' }, unit: 'µmol/L', alternativeUnits: [{ unit: 'mg/dL', factor: 17.1 }], hardRange: { min: 0, max: 1200 } },
  { id: 'creatinine', kind: 'quantity', label: { en: 'Creatinine', zh: '肌酐' }, unit: 'µmol/L', alternativeUnits: [{ unit: 'mg/dL', factor: 88.4 }], hardRange: { min: 10, max: 2500 } },
  { id: 'creatinineUln', kind: 'quantity', label: { en: 'Creatinine ULN', zh: '肌酐正常值上限' }, unit: 'µmol/L', alternativeUnits: [{ unit: 'mg/dL', factor: 88.4 }] },
  { id: 'inr', kind: 'quantity', label: { en: 'INR', zh: '国际标准化比值' }, unit: 'ratio' },
  { id: 'temperature', kind: 'quantity', label: { en: 'Temperature', zh: '体温' }, unit: '°C', alternativeUnits: [{ unit: '°F', factor: 5 / 9, offset: -160 / 9 }] },
  { id: 'heGrade', kind: 'choice', label: { en: 'HE grade', zh: '肝性脑病分级' }, choices: ['0', 'minimal', '1', '2', '3', '4'].map((code) => ({ code })) },
  { id: 'hivAntibody', kind: 'choice', label: { en: 'HIV antibody', zh: 'HIV 抗体' }, choices: [{ code: 'NEGATIVE' }, { code: 'POSITIVE' }] },
  { id: 'infusionRoute', kind: 'choice', label: { en: 'Route', zh: '给药途径' }, choices: [{ code: 'INTRAVENOUS' }] },
  { id: 'productActual', kind: 'choice', label: { en: 'Product', zh: '产品' }, choices: [{ code: 'MSC' }, { code: 'PLACEBO' }], unblindedOnly: true },
  { id: 'infusionGiven', kind: 'boolean', label: { en: 'Infused', zh: '已输注' } },
  { id: 'consentDate', kind: 'date', label: { en: 'Consent date', zh: '知情同意日期' } },
  { id: 'visitDate', kind: 'date', label: { en: 'Visit date', zh: '访视日期' } },
  { id: 'aeTerm', kind: 'text', label: { en: 'AE term', zh: '不良事件名称' } },
];

export const FAKE_CATALOGUE: ProtocolCatalogue = {
  getItem: (id) => FAKE_ITEMS.find((item) => item.id === id),
};

type Visit = Protocol['visits'][number];

export const aVisit = (id: string, week: number, forms: string[] = ['visit'], extra: Partial<Visit> = {}): Visit => ({
  id,
  label: text(id),
  kind: week === 0 ? 'baseline' : 'follow-up',
  week,
  window: { before: week === 0 ? 0 : 1, after: week === 0 ? 0 : 1 },
  forms,
  ...extra,
});

/**
 * A valid two-stage protocol shaped like NCT05985863: control:msc 1:2, then msc re-randomised at w4
 * into short:long 1:1; w5 only in stage 2. Fields of `overrides` replace the defaults.
 */
export function aProtocol(overrides: Partial<Protocol> = {}): Protocol {
  return {
    id: 'TEST-1',
    registryId: 'pending',
    version: '1.0',
    title: text('Test trial'),
    condition: text('Test condition'),
    masking: 'double',
    arms: [
      { id: 'control', label: text('Control'), blindedLabel: text('Study product') },
      { id: 'msc', label: text('MSC'), blindedLabel: text('Study product') },
      { id: 'short', label: text('Short'), blindedLabel: text('Study product') },
      { id: 'long', label: text('Long'), blindedLabel: text('Study product') },
    ],
    stages: [
      { number: 1, label: text('Stage 1'), entry: { kind: 'enrolment' }, allocation: [{ arm: 'control', ratio: 1 }, { arm: 'msc', ratio: 2 }] },
      {
        number: 2,
        label: text('Stage 2'),
        entry: { kind: 're-randomisation', fromArms: ['msc'], atVisit: 'w4', beforeForm: 'infusion' },
        allocation: [{ arm: 'short', ratio: 1 }, { arm: 'long', ratio: 1 }],
      },
    ],
    scores: ['meld'],
    dosing: [{ arm: 'msc', visits: ['w0'], dose: { kind: 'total-cells', cellsPerInfusion: 1.5e8 } }],
    visits: [
      { id: 'screening', label: text('Screening'), kind: 'screening', day: -1, window: { before: 6, after: 0 }, forms: ['visit', 'eligibility'] },
      aVisit('w0', 0, ['visit', 'infusion', 'pharmacy']),
      aVisit('w1', 1),
      aVisit('w4', 4, ['visit', 'infusion', 'pharmacy']),
      aVisit('w5', 5, ['visit', 'infusion'], { stages: [2] }),
      aVisit('w12', 12, ['visit'], { kind: 'end-of-study', window: { before: 3, after: 3 } }),
      { id: 'unscheduled', label: text('Unscheduled'), kind: 'unscheduled', forms: ['visit', 'adverse-events'] },
    ],
    forms: [
      { id: 'visit', title: text('Visit'), repeating: false, unblindedOnly: false, items: [{ item: 'visitDate', required: true }] },
      { id: 'eligibility', title: text('Eligibility'), repeating: false, unblindedOnly: false, items: [{ item: 'consentDate', required: true }, { item: 'age', required: true }] },
      {
        id: 'infusion',
        title: text('Infusion'),
        repeating: false,
        unblindedOnly: false,
        items: [{ item: 'infusionGiven', required: true }, { item: 'infusionRoute', required: true, fixedValue: 'INTRAVENOUS' }],
      },
      { id: 'pharmacy', title: text('Pharmacy'), repeating: false, unblindedOnly: true, items: [{ item: 'productActual', required: true }] },
      { id: 'adverse-events', title: text('AEs'), repeating: true, unblindedOnly: false, items: [{ item: 'aeTerm', required: true }] },
    ],
    endpoints: [{ id: 'meld', kind: 'primary', label: text('MELD'), score: 'meld', visits: ['w12'], timeFrame: 'at', baselineVisit: 'w0' }],
    eligibility: [
      { id: 'inc-age', kind: 'inclusion', text: text('Age 18–70'), rule: { kind: 'between', item: 'age', min: 18, max: 70 } },
      { id: 'exc-judgement', kind: 'exclusion', text: text('Investigator says no') },
    ],
    ...overrides,
  };
}

/** A JSON-like deep copy a test may mutate freely. */
export const copy = <T>(value: T): T => structuredClone(value);
