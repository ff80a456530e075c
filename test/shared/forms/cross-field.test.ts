import { describe, expect, it } from 'vitest';
import { CROSS_FIELD_RULES, validateEntry, type FormModel } from '../../../shared/forms';
import { draft, formModel } from './builders';

const ae = formModel('adverse-events');
const conmeds = formModel('conmeds');
const infusion = formModel('infusion');
const vitals = formModel('vitals');

/** The rule codes that fire on a record (field-level problems left out). */
const rules = (model: FormModel, entries: Parameters<typeof draft>[0]): string[] =>
  validateEntry(model, draft(entries)).problems
    .filter((p) => p.code.startsWith('rule.'))
    .map((p) => p.code);

/** A consistent, non-serious, resolved AE; each test changes what it is about. */
const anAe = (over: Parameters<typeof draft>[0] = {}): Parameters<typeof draft>[0] => ({
  aeTerm: 'Fever',
  aeStart: '2025-03-01',
  aeEnd: '2025-03-03',
  aeOngoing: 'false',
  aeGrade: '2',
  aeSerious: 'false',
  aeOutcome: 'RECOVERED/RESOLVED',
  ...over,
});

describe('every rule is data with bilingual messages', () => {
  it.each(CROSS_FIELD_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    expect(rule.message.en.length).toBeGreaterThan(10);
    expect(rule.message.zh).toMatch(/\p{Script=Han}/u);
  });

  it('a consistent record fires nothing', () => {
    expect(rules(ae, anAe())).toEqual([]);
    expect(validateEntry(ae, draft(anAe())).problems).toEqual([]);
  });
});

describe('stop ≥ start', () => {
  it.each([
    ['2025-03-01', '2025-03-01', []],
    ['2025-03-02', '2025-03-01', ['rule.ae-end-before-start']],
    // partial dates fire only when the order is certain
    ['2025-03', '2025-03-01', []],
    ['2025-03-15', '2025-03', []],
    ['2025-04-01', '2025-03', ['rule.ae-end-before-start']],
    ['2025', '2024-12-31', ['rule.ae-end-before-start']],
    ['2025', '2025-01-01', []],
  ] as const)('AE start %s, end %s → %j', (aeStart, aeEnd, expected) => {
    expect(rules(ae, anAe({ aeStart, aeEnd }))).toEqual(expected);
  });

  it('the problem is shown on the end date and names both fields', () => {
    const [problem] = validateEntry(ae, draft(anAe({ aeEnd: '2025-02-28' }))).problems;
    expect(problem).toMatchObject({ key: 'aeEnd', keys: ['aeEnd', 'aeStart'], severity: 'error' });
  });

  it('medications too', () => {
    const cm = { cmTerm: 'Albumin', cmStart: '2025-03-02', cmEnd: '2025-03-01', cmOngoing: 'false' };
    expect(rules(conmeds, cm)).toEqual(['rule.cm-end-before-start']);
    expect(rules(conmeds, { ...cm, cmEnd: '2025-03-02' })).toEqual([]);
  });

  it('infusion date-times, to the minute', () => {
    const times = (start: string, stop: string) => rules(infusion, { infusionStart: start, infusionStop: stop });
    expect(times('2025-03-01T10:00', '2025-03-01T09:59')).toEqual(['rule.infusion-stop-before-start']);
    expect(times('2025-03-01T23:50', '2025-03-02T00:30')).toEqual([]);
  });
});

describe('infusion duration: hard 1 min–24 h, soft < 10 or > 120 min', () => {
  it.each([
    ['10:00', '10:00', ['rule.infusion-duration-impossible']],
    ['10:00', '10:01', ['rule.infusion-duration-unusual']],
    ['10:00', '10:09', ['rule.infusion-duration-unusual']],
    ['10:00', '10:10', []],
    ['10:00', '12:00', []],
    ['10:00', '12:01', ['rule.infusion-duration-unusual']],
  ] as const)('%s → %s gives %j', (start, stop, expected) => {
    expect(rules(infusion, { infusionStart: `2025-03-01T${start}`, infusionStop: `2025-03-01T${stop}` })).toEqual(expected);
  });

  it('24 h exactly is possible, a minute more is not', () => {
    expect(rules(infusion, { infusionStart: '2025-03-01T10:00', infusionStop: '2025-03-02T10:00' })).toEqual(['rule.infusion-duration-unusual']);
    expect(rules(infusion, { infusionStart: '2025-03-01T10:00', infusionStop: '2025-03-02T10:01' })).toEqual(['rule.infusion-duration-impossible']);
  });

  it('soft duration is a warning on the stop time; the impossible one an error', () => {
    const [soft] = validateEntry(infusion, draft({ infusionStart: '2025-03-01T10:00', infusionStop: '2025-03-01T13:00' })).problems.filter((p) => p.code.startsWith('rule.'));
    expect(soft).toMatchObject({ key: 'infusionStop', severity: 'warning', confirmed: false });
    expect(soft?.message.zh).toMatch(/180 分钟/);
  });
});

describe('diastolic < systolic', () => {
  it.each([
    ['120', '80', []],
    ['80', '80', ['rule.diastolic-not-below-systolic']],
    ['80', '81', ['rule.diastolic-not-below-systolic']],
  ] as const)('systolic %s, diastolic %s → %j', (systolicBp, diastolicBp, expected) => {
    expect(rules(vitals, { systolicBp, diastolicBp })).toEqual(expected);
  });
});

describe('AE grade 5 ⇔ outcome fatal ⇔ results in death', () => {
  const fatal = { aeGrade: '5', aeOutcome: 'FATAL', aeSerious: 'true', aeSdth: 'true', aeEnd: '2025-03-03' };
  it.each([
    ['all three', fatal, []],
    ['grade 5 only', { aeGrade: '5' }, ['rule.ae-fatal-consistency']],
    ['fatal outcome, grade 4', { ...fatal, aeGrade: '4' }, ['rule.ae-fatal-consistency']],
    ['death criterion, outcome recovering', { ...fatal, aeOutcome: 'RECOVERING/RESOLVING' }, ['rule.ae-fatal-consistency']],
    ['grade 5 and fatal, death criterion no', { ...fatal, aeSdth: 'false', aeSlife: 'true' }, ['rule.ae-fatal-consistency']],
    ['grade 5 and fatal, death criterion unanswered', { ...fatal, aeSdth: '', aeSlife: 'true' }, []],
  ] as const)('%s → %j', (_name, over, expected) => {
    expect(rules(ae, anAe(over))).toEqual(expected);
  });
});

describe('serious ⇒ at least one criterion, and a criterion ⇒ serious', () => {
  it.each([
    ['serious, no criterion', { aeSerious: 'true' }, ['rule.ae-serious-needs-criterion']],
    ['serious, every criterion no', { aeSerious: 'true', aeSlife: 'false', aeShosp: 'false' }, ['rule.ae-serious-needs-criterion']],
    ['serious, hospitalisation', { aeSerious: 'true', aeShosp: 'true' }, []],
    ['not serious, hospitalisation', { aeSerious: 'false', aeShosp: 'true' }, ['rule.ae-criterion-needs-serious']],
    ['not serious, no criterion', { aeSerious: 'false' }, []],
  ] as const)('%s → %j', (_name, over, expected) => {
    expect(rules(ae, anAe(over))).toEqual(expected);
  });
});

describe('AE end empty ⇔ ongoing', () => {
  it.each([
    ['resolved with an end date', { aeOngoing: 'false', aeEnd: '2025-03-03' }, []],
    ['ongoing without an end date', { aeOngoing: 'true', aeEnd: '' }, []],
    ['ongoing with an end date', { aeOngoing: 'true', aeEnd: '2025-03-03' }, ['rule.ae-end-iff-not-ongoing']],
    ['resolved without an end date', { aeOngoing: 'false', aeEnd: '' }, ['rule.ae-end-iff-not-ongoing']],
    ['resolved, end date unknown', { aeOngoing: 'false', aeEnd: { value: '', missing: 'UNK' } }, []],
    ['ongoing, end date not applicable', { aeOngoing: 'true', aeEnd: { value: '', missing: 'NA' } }, []],
    ['ongoing unanswered', { aeOngoing: '', aeEnd: '' }, []],
  ] as const)('%s → %j', (_name, over, expected) => {
    expect(rules(ae, anAe(over))).toEqual(expected);
  });

  it('an ongoing AE does not require an end date', () => {
    const problems = validateEntry(ae, draft(anAe({ aeOngoing: 'true', aeEnd: '' }))).problems;
    expect(problems).toEqual([]);
  });
});
