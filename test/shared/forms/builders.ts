/**
 * A small protocol over real catalogue items, and draft helpers, so each forms test states only what it
 * is about. Not a test file itself.
 */
import type { ItemId } from '../../../shared/catalogue';
import {
  buildFormModel,
  validateEntry,
  type EntryContext,
  type FieldDraft,
  type FormDraft,
  type FormModel,
  type FormModelRequest,
} from '../../../shared/forms';
import type { Protocol } from '../../../shared/protocol';

const text = (en: string) => ({ en, zh: `${en}（中文）` });
type ProtocolForm = Protocol['forms'][number];
type FormItem = ProtocolForm['items'][number];

const req = (item: string, extra: Partial<FormItem> = {}): FormItem => ({ item, required: true, ...extra });
const opt = (item: string, extra: Partial<FormItem> = {}): FormItem => ({ item, required: false, ...extra });

export const aForm = (id: string, items: FormItem[], extra: Partial<ProtocolForm> = {}): ProtocolForm => ({
  id,
  title: text(id),
  repeating: false,
  unblindedOnly: false,
  items,
  ...extra,
});

export const FORMS: readonly ProtocolForm[] = [
  aForm('visit', [req('visitDate')]),
  aForm('demographics', [req('sex'), req('age'), opt('etiologyCategory')]),
  aForm('vitals', [req('weight'), req('systolicBp'), req('diastolicBp'), req('temperature'), opt('heartRate')]),
  aForm('labs', [
    req('bilirubin'),
    req('albumin', { softRange: { low: 20, high: 50 } }),
    req('inr'),
    req('creatinine'),
    req('sodium'),
    opt('urea'),
    opt('wbc'),
    opt('platelets'),
    opt('alt'),
  ]),
  aForm('clinical', [req('ascitesGrade'), opt('ascitesRefractory'), req('heGrade'), req('dialysisTwiceInPastWeek')]),
  aForm('eligibility', [req('consentDate'), opt('pregnancyTest'), req('hivAntibody')]),
  aForm('infusion', [
    req('infusionGiven'),
    opt('infusionNotGivenReason'),
    req('infusionStart'),
    req('infusionStop'),
    req('dosingWeight'),
    req('infusionRoute', { fixedValue: 'INTRAVENOUS' }),
    opt('dosePerKg'),
    opt('totalCells'),
  ]),
  aForm('pharmacy', [req('productActual'), req('totalCells'), opt('dosePerKg')], { unblindedOnly: true }),
  aForm(
    'adverse-events',
    [
      req('aeTerm'),
      req('aeStart'),
      opt('aeEnd'),
      req('aeOngoing'),
      req('aeGrade'),
      req('aeSerious'),
      ...['aeSdth', 'aeSlife', 'aeShosp', 'aeSdisab', 'aeScong', 'aeSmie'].map((id) => opt(id)),
      req('aeOutcome'),
    ],
    { repeating: true },
  ),
  aForm('conmeds', [req('cmTerm'), req('cmStart'), opt('cmEnd'), req('cmOngoing')], { repeating: true }),
  aForm('eq5d', [req('eq5dMobility'), req('eq5dVas')]),
];

const visit = (id: string, week: number, forms: string[], extra: Partial<Protocol['visits'][number]> = {}) => ({
  id,
  label: text(id),
  kind: week === 0 ? ('baseline' as const) : ('follow-up' as const),
  week,
  window: { before: week === 0 ? 0 : 1, after: week === 0 ? 0 : 1 },
  forms,
  ...extra,
});

/**
 * Two stages like NCT05985863: control:msc 1:2, msc re-randomised at w4 into short:long; w5 only in stage 2.
 * The msc arm gets a fixed total at w0, `long` a dose per kg at w4 and w5, control placebo.
 */
export function aProtocol(overrides: Partial<Protocol> = {}): Protocol {
  return {
    id: 'FORMS-1',
    registryId: 'pending',
    version: '1.2',
    title: text('Forms test trial'),
    condition: text('ACLF'),
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
        entry: { kind: 're-randomisation', fromArms: ['msc'], atVisit: 'w4' },
        allocation: [{ arm: 'short', ratio: 1 }, { arm: 'long', ratio: 1 }],
      },
    ],
    scores: ['meld', 'meldNct05121870'],
    dosing: [
      { arm: 'msc', visits: ['w0'], dose: { kind: 'total-cells', cellsPerInfusion: 1.5e8 } },
      { arm: 'control', visits: ['w0'], dose: { kind: 'placebo', composition: text('Saline') } },
      { arm: 'long', visits: ['w4', 'w5'], dose: { kind: 'cells-per-kg', cellsPerKg: 2e6 } },
    ],
    visits: [
      { id: 'screening', label: text('Screening'), kind: 'screening', day: -7, window: { before: 7, after: 0 }, forms: ['visit', 'demographics', 'eligibility', 'labs', 'clinical'] },
      visit('w0', 0, ['visit', 'vitals', 'labs', 'clinical', 'infusion', 'pharmacy', 'adverse-events', 'conmeds', 'eq5d']),
      visit('w4', 4, ['visit', 'vitals', 'infusion', 'pharmacy']),
      visit('w5', 5, ['visit', 'infusion', 'pharmacy'], { stages: [2] }),
      visit('w12', 12, ['visit', 'labs'], { arms: ['msc'] }),
      { id: 'unscheduled', label: text('Unscheduled'), kind: 'unscheduled', forms: ['visit', 'adverse-events'] },
    ],
    forms: [...FORMS],
    endpoints: [{ id: 'meld', kind: 'primary', label: text('MELD'), score: 'meld', visits: ['w12'], timeFrame: 'at', baselineVisit: 'w0' }],
    eligibility: [{ id: 'inc-age', kind: 'inclusion', text: text('Age 18–70'), rule: { kind: 'between', item: 'age', min: 18, max: 70 } }],
    ...overrides,
  };
}

/** The model of one form; throws (a test setup error) when it cannot be built. */
export function formModel(formId: string, request: Partial<FormModelRequest> = {}): FormModel {
  const built = buildFormModel({ protocol: aProtocol(), visitId: 'w0', formId, arm: 'msc', blinded: false, ...request });
  if (!built.ok) throw new Error(`cannot build ${formId}: ${built.issues.map((i) => i.message).join('; ')}`);
  return built.value;
}

/** A field draft from a value and optional overrides. */
export const field = (value: string, extra: Partial<FieldDraft> = {}): FieldDraft => ({
  value,
  unit: '',
  qualifier: '',
  missing: '',
  softConfirmed: false,
  ...extra,
});

/** A record draft: plain strings become values, objects are drafts. */
export function draft(entries: Partial<Record<ItemId, string | Partial<FieldDraft>>>): FormDraft {
  return Object.fromEntries(
    Object.entries(entries).map(([key, v]) => [key, typeof v === 'string' ? field(v) : field(v?.value ?? '', v)]),
  );
}

/** The problem codes of a record, by field key. */
export function codesOf(model: FormModel, entries: Parameters<typeof draft>[0], context: EntryContext = {}): string[] {
  return validateEntry(model, draft(entries), context).problems.map((p) => `${p.key}:${p.code}`);
}
