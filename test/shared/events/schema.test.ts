import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, parseEventDraft, type CrfEventDraft, type EventType } from '../../../shared/events';
import { draftsFor, LAB } from './builders';

const d = draftsFor('dev-a');
const ae = { subjectId: 'subj-1', visitId: 'W1', formId: 'ae-log', itemId: 'aeTerm', recordId: 'ae-1' };

/** One valid draft per event type: a new type must add its example here (the first test says so). */
const EXAMPLES: Record<EventType, CrfEventDraft> = {
  'subject.screened': d.screened('subj-1'),
  'subject.enrolled': d.enrolled('subj-1'),
  'subject.armAssigned': d.armAssigned('subj-1'),
  'subject.statusChanged': d.statusChanged('subj-1', 'withdrawn'),
  'visit.started': d.visitStarted('subj-1', 'uns-1'),
  'visit.statusChanged': d.visitStatus('subj-1', 'W8', 'not-done'),
  'item.valueSet': d.value(LAB, 88.9, { unit: 'µmol/L', qualifier: '<' }),
  'item.missingReasonSet': d.missing(LAB),
  'item.cleared': d.cleared(LAB),
  'record.added': d.recordAdded(ae),
  'record.removed': d.recordRemoved(ae, { reason: 'duplicate' }),
  'form.completed': d.completed(LAB),
  'form.reopened': d.reopened(LAB, { reason: 'late result' }),
  'query.opened': d.queryOpened(LAB, 'q-1'),
  'query.answered': d.queryStep('query.answered', 'subj-1', 'q-1'),
  'query.closed': d.queryStep('query.closed', 'subj-1', 'q-1'),
  'query.reopened': d.queryStep('query.reopened', 'subj-1', 'q-1'),
  'sdv.set': d.sdvSet(LAB, 'dev-a-7'),
  'sdv.cleared': d.sdvCleared(LAB),
  'signature.applied': d.signed('subj-1', 'form', 'sig-1', { visitId: 'W4', formId: 'labs' }),
  'signature.voided': d.voided('subj-1', 'sig-1', { reason: 'wrong visit' }),
  'protocol.imported': d.protocolImported('a'.repeat(64)),
  'allocation.imported': d.allocationImported('alloc-1', 'b'.repeat(64)),
};

const issuePaths = (draft: unknown) => {
  const parsed = parseEventDraft(draft);
  return parsed.ok ? [] : parsed.issues.map((i) => i.path.join('.'));
};

describe('event schema', () => {
  it('has an example for every event type', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it.each(Object.entries(EXAMPLES))('accepts a valid %s', (_type, draft) => {
    expect(issuePaths(draft)).toEqual([]);
  });

  it.each([
    ['an item event without its item', { ...EXAMPLES['item.valueSet'], itemId: undefined }, ['itemId']],
    ['a form event without its visit', { ...EXAMPLES['form.completed'], visitId: undefined }, ['visitId']],
    ['a row event without its row', { ...EXAMPLES['record.added'], recordId: undefined }, ['recordId']],
    ['an unknown type', { ...EXAMPLES['form.completed'], type: 'form.deleted' }, ['type']],
    ['an unknown role', { ...EXAMPLES['form.completed'], role: 'admin' }, ['role']],
    ['a local time instead of an instant', { ...EXAMPLES['form.completed'], at: '2025-03-01T08:00:00+08:00' }, ['at']],
    ['a blank reason', { ...EXAMPLES['form.reopened'], reason: '   ' }, ['reason']],
    ['an unknown field in a payload', { ...EXAMPLES['form.completed'], payload: { extra: 1 } }, ['payload']],
    ['knownHeads with a seq of 0', { ...EXAMPLES['form.completed'], knownHeads: { 'dev-b': 0 } }, ['knownHeads.dev-b']],
    ['a lower-case missing code', { ...EXAMPLES['item.missingReasonSet'], payload: { code: 'not_done' } }, ['payload.code']],
    ['an infinite value', { ...EXAMPLES['item.valueSet'], payload: { entered: 'inf', value: Number.POSITIVE_INFINITY } }, ['payload.value']],
  ])('refuses %s', (_what, draft, paths) => {
    expect(issuePaths(draft)).toEqual(expect.arrayContaining(paths));
  });

  it.each([
    ['both birth year and age', { ...EXAMPLES['subject.enrolled'].payload, ageYears: 57 }, 'payload.birthYear'],
    ['a code of another site', { ...EXAMPLES['subject.enrolled'].payload, subjectCode: '07-001' }, 'payload.subjectCode'],
  ])('refuses an enrolment with %s', (_what, payload, path) => {
    expect(issuePaths({ ...EXAMPLES['subject.enrolled'], payload })).toEqual([path]);
  });

  it('needs the confirming investigator for an eligibility decision, not while pending', () => {
    const screened = d.screened('subj-1');
    const { confirmedBy: _c, ...undecided } = screened.payload;
    expect(issuePaths({ ...screened, payload: undecided })).toEqual(['payload.confirmedBy']);
    expect(issuePaths({ ...screened, payload: { ...undecided, result: 'pending' } })).toEqual([]);
  });

  it('needs the reason of a withdrawal, of a visit not done, and the date of a visit done', () => {
    const statusChanged = EXAMPLES['subject.statusChanged'];
    expect(issuePaths({ ...statusChanged, payload: { status: 'withdrawn', date: '2025-04-01' } })).toEqual(['payload.statusReason']);
    expect(issuePaths({ ...statusChanged, payload: { status: 'died', date: '2025-04-01' } })).toEqual([]);
    const visit = EXAMPLES['visit.statusChanged'];
    expect(issuePaths({ ...visit, payload: { status: 'not-done' } })).toEqual(['payload.notDoneReason']);
    expect(issuePaths({ ...visit, payload: { status: 'done' } })).toEqual(['payload.visitDate']);
  });

  it('needs an arm or a kit number in an assignment', () => {
    expect(issuePaths({ ...EXAMPLES['subject.armAssigned'], payload: { stage: 1, source: 'manual' } })).toEqual(['payload.arm']);
  });

  it('ties a signature’s scope to its level', () => {
    const form = EXAMPLES['signature.applied'];
    expect(issuePaths({ ...form, formId: undefined })).toEqual(['formId']);
    const casebook = d.signed('subj-1', 'casebook', 'sig-2');
    expect(issuePaths(casebook)).toEqual([]);
    expect(issuePaths({ ...casebook, visitId: 'W4' })).toEqual(['visitId']);
    expect(issuePaths({ ...form, itemId: 'alt' })).toEqual(['itemId']);
  });
});
