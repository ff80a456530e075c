/**
 * Domain flag F4 (NCT05985863): the stage-2 re-randomisation happens at the visit, and before the form,
 * that the protocol's stage definition names; the randomisation must precede that form's infusion start.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  RANDOMISATION_ORDER,
  buildFormModel,
  buildVisitModel,
  checkCompletion,
  validateEntry,
  type EntryContext,
  type FormModel,
  type FormModelRequest,
} from '../../../shared/forms';
import { SHIPPED_CATALOGUE, allAllocations, parseProtocol, visitApplies, type Protocol } from '../../../shared/protocol';
import { FORMS, aForm, aProtocol, draft } from './builders';

const CODE = 'rule.infusion-before-randomisation';

/** The builders' two-stage protocol with a randomisation form at w4 and, unless null, the form it must precede. */
function protocol(beforeForm: string | null = 'infusion'): Protocol {
  const base = aProtocol();
  return aProtocol({
    forms: [...FORMS, aForm('randomisation', [{ item: 'randomisationNumber', required: true }, { item: 'randomisationDateTime', required: true }])],
    stages: base.stages.map((s) =>
      s.entry.kind === 're-randomisation' ? { ...s, entry: { ...s.entry, ...(beforeForm === null ? {} : { beforeForm }) } } : s,
    ),
    visits: base.visits.map((v) => (v.id === 'w4' ? { ...v, forms: ['visit', 'randomisation', 'vitals', 'infusion', 'pharmacy'] } : v)),
  });
}

function model(request: Partial<FormModelRequest> = {}, p: Protocol = protocol()): FormModel {
  const built = buildFormModel({ protocol: p, visitId: 'w4', formId: 'infusion', arm: 'msc', blinded: false, ...request });
  if (!built.ok) throw new Error(built.issues.map((i) => i.message).join('; '));
  return built.value;
}

const infusion = model();
const complete = { infusionGiven: 'true', infusionStart: '2025-03-01T10:00', infusionStop: '2025-03-01T10:45', dosingWeight: '60', infusionRoute: 'INTRAVENOUS' };
const at = (randomisationDateTime: string): EntryContext => ({ visit: { randomisationNumber: 'R-017', randomisationDateTime } });

const fired = (m: FormModel, entries: Parameters<typeof draft>[0], context: EntryContext): string[] =>
  validateEntry(m, draft(entries), context)
    .problems.filter((p) => p.code === CODE)
    .map((p) => `${p.key}:${p.severity}`);

describe('the model says which form a randomisation at this visit must precede', () => {
  it('the infusion form of the randomisation visit carries the stage', () => {
    expect(infusion.precedingRandomisation).toEqual({ stage: 2, stageLabel: { en: 'Stage 2', zh: 'Stage 2（中文）' } });
    expect(RANDOMISATION_ORDER).toEqual({ randomisedAt: 'randomisationDateTime', startsAt: 'infusionStart' });
  });

  it('not at other visits, not on other forms, not when the stage names no form', () => {
    expect(model({ visitId: 'w0' }).precedingRandomisation).toBeUndefined();
    expect(model({ visitId: 'w5', arm: 'long', stage: 2 }).precedingRandomisation).toBeUndefined();
    expect(model({ formId: 'randomisation' }).precedingRandomisation).toBeUndefined();
    expect(model({ formId: 'vitals' }).precedingRandomisation).toBeUndefined();
    expect(model({}, protocol(null)).precedingRandomisation).toBeUndefined();
  });

  it('is the same for every arm, stage and role: it reveals nothing about the allocation', () => {
    const requests: Partial<FormModelRequest>[] = [
      { arm: undefined },
      { arm: 'control' },
      { arm: 'msc' },
      { arm: 'short', stage: 2 },
      { arm: 'long', stage: 2 },
      { arm: 'control', stage: 2 },
    ];
    for (const blinded of [false, true]) {
      for (const request of requests) {
        expect(model({ ...request, blinded }).precedingRandomisation, JSON.stringify({ ...request, blinded })).toEqual(infusion.precedingRandomisation);
      }
    }
    const visit = buildVisitModel({ protocol: protocol(), visitId: 'w4', blinded: true });
    expect(visit.ok && visit.value.forms.filter((f) => f.precedingRandomisation !== undefined).map((f) => f.id)).toEqual(['infusion']);
  });
});

describe('randomisationDateTime must be before infusionStart (F4)', () => {
  it.each([
    ['one minute before the start', '2025-03-01T09:59', false],
    ['the day before', '2025-02-28T23:59', false],
    ['at the same minute', '2025-03-01T10:00', true],
    ['30 seconds after the start', '2025-03-01T10:00:30', true],
    ['one minute after the start', '2025-03-01T10:01', true],
    ['the next day', '2025-03-02T08:00', true],
    ['written with a space', '2025-03-01 10:30', true],
  ] as const)('randomised %s → fires: %s', (_label, randomised, fires) => {
    expect(fired(infusion, complete, at(randomised))).toEqual(fires ? ['infusionStart:error'] : []);
  });

  it('names both times, in English and Chinese', () => {
    const [problem] = validateEntry(infusion, draft(complete), at('2025-03-01T10:20')).problems.filter((p) => p.code === CODE);
    expect(problem?.message.en).toContain('2025-03-01 10:00');
    expect(problem?.message.en).toContain('2025-03-01 10:20');
    expect(problem?.message.en).toMatch(/stage-2 randomisation/);
    expect(problem?.message.zh).toContain('2025-03-01 10:00');
    expect(problem?.message.zh).toContain('2025-03-01 10:20');
    expect(problem?.message.zh).toMatch(/\p{Script=Han}/u);
    // The randomisation time is on another form: only this form's field is named.
    expect(problem?.keys).toEqual(['infusionStart']);
  });

  it('blocks completion of the infusion form; in order, the form completes', () => {
    const late = checkCompletion(infusion, draft(complete), at('2025-03-01T10:00'));
    expect(late.canComplete).toBe(false);
    expect(late.blocking.map((p) => p.code)).toEqual([CODE]);
    const inOrder = checkCompletion(infusion, draft(complete), at('2025-03-01T09:30'));
    expect(inOrder).toMatchObject({ canComplete: true, blocking: [], needsConfirmation: [] });
  });

  it('the unblinded and blinded models, and a control subject, are checked alike', () => {
    for (const request of [{ blinded: true }, { arm: 'control' }, { arm: 'long', stage: 2 }, { arm: undefined }]) {
      expect(fired(model(request), complete, at('2025-03-01T10:05')), JSON.stringify(request)).toEqual(['infusionStart:error']);
    }
  });

  it('a randomisation time on the form itself is read before the visit context', () => {
    const both = { ...infusion, fields: [...infusion.fields, ...model({ formId: 'randomisation' }).fields] };
    const entries = { ...complete, randomisationNumber: 'R-017', randomisationDateTime: '2025-03-01T10:05' };
    const problems = validateEntry(both, draft(entries), at('2025-03-01T09:00')).problems.filter((p) => p.code === CODE);
    expect(problems.map((p) => p.keys)).toEqual([['infusionStart', 'randomisationDateTime']]);
    expect(fired(both, { ...entries, randomisationDateTime: '2025-03-01T09:00' }, at('2025-03-01T10:05'))).toEqual([]);
  });

  it('unknown order never fires: no randomisation time, no start, an unreadable time', () => {
    expect(fired(infusion, complete, {})).toEqual([]);
    expect(fired(infusion, complete, { visit: { randomisationNumber: 'R-017' } })).toEqual([]);
    expect(fired(infusion, complete, at('2025-03-01'))).toEqual([]);
    expect(fired(infusion, { ...complete, infusionStart: '' }, at('2025-03-02T10:00'))).toEqual([]);
    expect(fired(infusion, { ...complete, infusionStart: '2025-03-01 25:00' }, at('2025-03-02T10:00'))).toEqual([]);
    expect(fired(infusion, { infusionGiven: 'false', infusionNotGivenReason: 'Died before day 28' }, at('2025-03-01T10:00'))).toEqual([]);
  });

  it('does not fire where no randomisation must precede the form', () => {
    const late = at('2025-03-01T11:00');
    expect(fired(model({ visitId: 'w0' }), complete, late)).toEqual([]);
    expect(fired(model({ visitId: 'w5', arm: 'long', stage: 2 }), complete, late)).toEqual([]);
    expect(fired(model({}, protocol(null)), complete, late)).toEqual([]);
    // The randomisation form itself is not blocked: the order is checked on the form it must precede.
    const randomisation = model({ formId: 'randomisation' });
    const entries = { randomisationNumber: 'R-017', randomisationDateTime: '2025-03-01T11:00' };
    expect(fired(randomisation, entries, { visit: { infusionStart: '2025-03-01T10:00' } })).toEqual([]);
  });
});

describe('NCT05985863 as shipped', () => {
  const parsed = parseProtocol(JSON.parse(readFileSync(join(__dirname, '../../../seeds/NCT05985863.json'), 'utf8')), SHIPPED_CATALOGUE);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('; '));
  const seed = parsed.value;

  it('only the week-4 infusion form must follow the stage-2 randomisation, for every subject and role', () => {
    const marked = new Set<string>();
    for (const allocation of [undefined, ...allAllocations(seed)]) {
      for (const visit of seed.visits) {
        if (allocation === undefined ? visit.arms !== undefined || visit.stages !== undefined : !visitApplies(seed, visit, allocation)) continue;
        for (const formId of visit.forms) {
          for (const blinded of [false, true]) {
            const built = buildFormModel({ protocol: seed, visitId: visit.id, formId, ...allocation, blinded });
            if (built.ok && built.value.precedingRandomisation !== undefined) marked.add(`${visit.id}/${formId}/${built.value.precedingRandomisation.stage}`);
          }
        }
      }
    }
    expect([...marked]).toEqual(['w4/infusion/2']);
  });

  it('the week-4 infusion starting before the recorded randomisation cannot be completed', () => {
    const built = buildFormModel({ protocol: seed, visitId: 'w4', formId: 'infusion', arm: 'msc', blinded: true });
    if (!built.ok) throw new Error('w4 infusion');
    const entries = {
      infusionGiven: 'true',
      kitNumber: 'K-0042',
      infusionStart: '2025-04-02 09:10',
      infusionStop: '2025-04-02 09:50',
      dosingWeight: '62',
      infusionVolume: '100',
      infusionRoute: 'INTRAVENOUS',
      infusionInterrupted: 'false',
      infusionReaction: 'false',
    };
    expect(checkCompletion(built.value, draft(entries), at('2025-04-02T09:05')).canComplete).toBe(true);
    const late = checkCompletion(built.value, draft(entries), at('2025-04-02T09:10'));
    expect(late.blocking.map((p) => `${p.key}:${p.code}`)).toEqual([`infusionStart:${CODE}`]);
  });
});
