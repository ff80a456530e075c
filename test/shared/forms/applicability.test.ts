/**
 * Applicability conditions (README: Decisions, missing reasons): history dates only after "yes", the
 * pregnancy test and breastfeeding only for women, the disposition reason unless completed. A field that
 * does not apply is never required, and only fields that can not apply offer NA.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MISSING_REASON_CODES, getItem, type ItemId } from '../../../shared/catalogue';
import {
  APPLICABILITY,
  buildFormModel,
  checkCompletion,
  isApplicable,
  validateEntry,
  type EntryContext,
  type FormModel,
} from '../../../shared/forms';
import { SHIPPED_CATALOGUE, parseProtocol, type Protocol } from '../../../shared/protocol';
import { FORMS, aForm, aProtocol, draft } from './builders';

type FormItem = Protocol['forms'][number]['items'][number];
const req = (item: string): FormItem => ({ item, required: true });
const opt = (item: string): FormItem => ({ item, required: false });

/** Each history date and the yes/no asked before it (catalogue: history for eligibility). */
const HISTORY: readonly (readonly [question: ItemId, date: ItemId])[] = [
  ['priorTrialParticipation', 'lastTrialParticipationDate'],
  ['priorTips', 'tipsDate'],
  ['antiviralTherapy', 'antiviralStartDate'],
  ['aihSteroidTherapy', 'aihSteroidStartDate'],
  ['priorImmunosuppressant', 'lastImmunosuppressantDate'],
  ['priorInterferonOrGlucocorticoid', 'lastInterferonOrGlucocorticoidDate'],
];

/** The test protocol with every history pair required, women's questions and an end-of-study form. */
function protocol(): Protocol {
  const base = aProtocol();
  return aProtocol({
    forms: [
      ...FORMS,
      aForm('history', HISTORY.flatMap(([question, date]) => [req(question), req(date)])),
      aForm('women', [opt('sex'), req('pregnancyTest'), req('breastfeeding')]),
      aForm('dates-only', [req('tipsDate'), req('dispositionReason')]),
      aForm('end-of-study', [req('disposition'), req('dispositionDate'), req('dispositionReason')]),
    ],
    visits: base.visits.map((v) =>
      v.id === 'screening' ? { ...v, forms: [...v.forms, 'history', 'women', 'dates-only'] } : v.id === 'unscheduled' ? { ...v, forms: [...v.forms, 'end-of-study'] } : v,
    ),
  });
}

function model(formId: string, visitId = 'screening'): FormModel {
  const built = buildFormModel({ protocol: protocol(), visitId, formId, blinded: false });
  if (!built.ok) throw new Error(built.issues.map((i) => i.message).join('; '));
  return built.value;
}

const history = model('history');
const women = model('women');
const end = model('end-of-study', 'unscheduled');

const requiredKeys = (m: FormModel, entries: Parameters<typeof draft>[0], context: EntryContext = {}): string[] =>
  checkCompletion(m, draft(entries), context)
    .blocking.filter((p) => p.severity === 'required')
    .map((p) => p.key);

const missingCodes = (m: FormModel, key: string): string[] => m.fields.find((f) => f.key === key)?.missingReasons.map((r) => r.code) ?? [];

/** Every yes/no answered "no", so only the date under test can be required. */
const allNo = Object.fromEntries(HISTORY.map(([question]) => [question, 'false']));

describe('history dates apply only when their yes/no is “yes”', () => {
  describe.each(HISTORY)('%s → %s', (question, date) => {
    it('is an only-when condition on “yes” and offers NA', () => {
      expect(history.fields.find((f) => f.key === date)?.applicability).toEqual({ kind: 'only-when', item: question, equals: true });
      expect(missingCodes(history, date)).toEqual([...MISSING_REASON_CODES]);
      expect(missingCodes(history, question)).not.toContain('NA');
    });

    it('“yes” makes the required date required; a date then completes the form', () => {
      expect(requiredKeys(history, { ...allNo, [question]: 'true' })).toEqual([date]);
      expect(checkCompletion(history, draft({ ...allNo, [question]: 'true', [date]: '2024-05-01' })).canComplete).toBe(true);
    });

    it('“no” does not require it, and NA may be recorded', () => {
      expect(requiredKeys(history, allNo)).toEqual([]);
      expect(checkCompletion(history, draft({ ...allNo, [date]: { missing: 'NA' } })).canComplete).toBe(true);
    });

    it('an unanswered (or unknown) yes/no does not trigger the date: only the question is outstanding', () => {
      const others = Object.fromEntries(Object.entries(allNo).filter(([key]) => key !== question));
      expect(requiredKeys(history, others)).toEqual([question]);
      expect(requiredKeys(history, { ...others, [question]: { missing: 'UNK' } })).toEqual([]);
    });
  });

  it('a date whose yes/no is not on the form always applies (the form is the only place to answer it)', () => {
    const datesOnly = model('dates-only');
    expect(requiredKeys(datesOnly, {})).toEqual(['tipsDate', 'dispositionReason']);
  });

  it('isApplicable agrees for a headless client', () => {
    const keys = new Set<string>(['priorTips', 'tipsDate']);
    expect(isApplicable(APPLICABILITY.tipsDate, { priorTips: true }, undefined, keys)).toBe(true);
    expect(isApplicable(APPLICABILITY.tipsDate, { priorTips: false }, undefined, keys)).toBe(false);
    expect(isApplicable(APPLICABILITY.tipsDate, {}, undefined, keys)).toBe(false);
  });
});

describe('the pregnancy test and breastfeeding only for women', () => {
  it.each(['pregnancyTest', 'breastfeeding'] as const)('%s: not for a man, NA offered', (key) => {
    expect(women.fields.find((f) => f.key === key)?.applicability).toEqual({ kind: 'unless-subject-male' });
    expect(missingCodes(women, key)).toContain('NA');
  });

  it.each([
    ['a woman (context)', {}, { subject: { sex: 'F' } }, ['pregnancyTest', 'breastfeeding']],
    ['a man (context)', {}, { subject: { sex: 'M' } }, []],
    ['a woman (form)', { sex: 'F' }, {}, ['pregnancyTest', 'breastfeeding']],
    ['a man (form)', { sex: 'M' }, {}, []],
    ['the form wins over the context (F)', { sex: 'F' }, { subject: { sex: 'M' } }, ['pregnancyTest', 'breastfeeding']],
    ['the form wins over the context (M)', { sex: 'M' }, { subject: { sex: 'F' } }, []],
    ['sex unknown: still asked', {}, {}, ['pregnancyTest', 'breastfeeding']],
  ] as const)('%s', (_label, entries, context: EntryContext, expected) => {
    expect(requiredKeys(women, entries, context)).toEqual(expected);
  });

  it('a man’s form completes with the questions left empty or marked NA', () => {
    expect(checkCompletion(women, draft({ sex: 'M' })).canComplete).toBe(true);
    expect(checkCompletion(women, draft({ sex: 'M', pregnancyTest: { missing: 'NA' }, breastfeeding: { missing: 'NA' } })).canComplete).toBe(true);
  });
});

describe('the disposition reason unless the subject completed the study', () => {
  const base = { dispositionDate: '2025-06-01' };

  it('is an unless condition on the code COMPLETED and offers NA', () => {
    expect(end.fields.find((f) => f.key === 'dispositionReason')?.applicability).toEqual({ kind: 'unless', item: 'disposition', equals: 'COMPLETED' });
    expect(missingCodes(end, 'dispositionReason')).toContain('NA');
  });

  it.each([
    ['COMPLETED', []],
    ['WITHDRAWN', ['dispositionReason']],
    ['LOST_TO_FOLLOW_UP', ['dispositionReason']],
    ['DIED', ['dispositionReason']],
    ['LIVER_TRANSPLANT', ['dispositionReason']],
    ['OTHER', ['dispositionReason']],
  ] as const)('%s → required %j', (disposition, expected) => {
    expect(requiredKeys(end, { ...base, disposition })).toEqual(expected);
  });

  it('an unanswered disposition leaves the reason applicable', () => {
    expect(requiredKeys(end, base)).toEqual(['disposition', 'dispositionReason']);
  });

  it('a completed subject’s reason may be NA; a withdrawn subject’s reason completes the form', () => {
    expect(checkCompletion(end, draft({ ...base, disposition: 'COMPLETED', dispositionReason: { missing: 'NA' } })).canComplete).toBe(true);
    expect(checkCompletion(end, draft({ ...base, disposition: 'WITHDRAWN', dispositionReason: 'Consent withdrawn' })).canComplete).toBe(true);
  });

  it('the code is exact: lower-case “completed” is not a choice, and does not switch the reason off', () => {
    const result = validateEntry(end, draft({ ...base, disposition: 'completed' }));
    expect(result.problems.map((p) => `${p.key}:${p.code}`)).toEqual(['disposition:format.choice', 'dispositionReason:required']);
  });
});

describe('every condition names a real item and a value it can hold', () => {
  it.each(Object.entries(APPLICABILITY))('%s', (key, applicability) => {
    expect(getItem(key).ok).toBe(true);
    if (applicability === undefined || applicability.kind === 'unless-subject-male') return;
    const controlling = getItem(applicability.item);
    if (!controlling.ok) throw new Error(`unknown item ${applicability.item}`);
    const item = controlling.value;
    if (item.kind === 'boolean') expect(typeof applicability.equals).toBe('boolean');
    else if (item.kind === 'choice') expect(item.choices.map((c) => c.code)).toContain(applicability.equals);
    else throw new Error(`${key} depends on ${item.id}, a ${item.kind} item`);
  });
});

describe('in the shipped seeds, each new condition’s controlling item is on the same form', () => {
  const SEEDS = join(__dirname, '../../../seeds');
  const files = ['NCT05985863', 'NCT03668171', 'NCT06884904', 'NCT05121870', 'ESLD-UCMSC-DOSE'];
  const checked: ItemId[] = [...HISTORY.map(([, date]) => date), 'dispositionReason'];

  it.each(files)('%s', (id) => {
    const parsed = parseProtocol(JSON.parse(readFileSync(join(SEEDS, `${id}.json`), 'utf8')), SHIPPED_CATALOGUE);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
    for (const form of parsed.value.forms) {
      const items = new Set(form.items.map((i) => i.item));
      for (const key of checked) {
        const applicability = APPLICABILITY[key];
        if (!items.has(key) || applicability === undefined || applicability.kind === 'unless-subject-male') continue;
        expect(items.has(applicability.item), `${id} form ${form.id}: ${key} without ${applicability.item}`).toBe(true);
      }
    }
  });
});
